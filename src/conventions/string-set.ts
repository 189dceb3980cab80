/**
 * A membership set for strings sized up front: open addressing over an `Int32Array` with an
 * FNV-1a hash. Reducers dedup every log by `event_id`; a `Set` that grows from empty rehashes
 * and reallocates its table repeatedly, which dominated the reducers' time on 10k-event logs.
 * Exact string equality decides membership, so any string (including `__proto__` or lone
 * surrogates) is an ordinary member.
 *
 * The hash reads the length, the first 4 and the last 12 UTF-16 units: ULIDs keep their
 * random part at the end, so that is enough to spread them. Inputs built to collide
 * (long runs of equal hashes) cannot make it quadratic: a probe longer than `MAX_PROBE`
 * moves the set to a native `Set` for the rest of its life.
 */
export class StringHashSet {
  private slots: Int32Array;
  private mask: number;
  /** Members in insertion order; preallocated, since growing a large array is costly. */
  private values: string[];
  private count = 0;
  /** Set once inputs collide too much; from then on it answers every call. */
  private fallback: Set<string> | null = null;

  /** `expected` is the number of distinct strings the set should hold without slowing down. */
  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.values = new Array<string>(Math.max(expected, 0));
  }

  get size(): number {
    return this.count;
  }

  /** Adds `value`; true when it was not yet a member. */
  add(value: string): boolean {
    if (this.fallback !== null) return this.addToFallback(value);
    if (this.count * 2 >= this.slots.length) return this.addToGrown(value);
    let slot = hashString(value) & this.mask;
    for (let probe = 0; ; probe++) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        this.values[this.count++] = value;
        this.slots[slot] = this.count;
        return true;
      }
      if (this.values[entry - 1] === value) return false;
      if (probe === MAX_PROBE) {
        this.fallback = new Set(this.values.slice(0, this.count));
        return this.addToFallback(value);
      }
      slot = (slot + 1) & this.mask;
    }
  }

  has(value: string): boolean {
    if (this.fallback !== null) return this.fallback.has(value);
    let slot = hashString(value) & this.mask;
    for (let probe = 0; probe <= this.mask; probe++) {
      const entry = this.slots[slot]!;
      if (entry === 0) return false;
      if (this.values[entry - 1] === value) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }

  private addToFallback(value: string): boolean {
    const fallback = this.fallback!;
    if (fallback.has(value)) return false;
    fallback.add(value);
    this.values[this.count++] = value;
    return true;
  }

  /** Past the planned size: rebuild at double capacity (rare; keeps `add` correct for any input). */
  private addToGrown(value: string): boolean {
    const grown = new StringHashSet(this.count * 2 + 1);
    for (let i = 0; i < this.count; i++) grown.add(this.values[i]!);
    const added = grown.add(value);
    this.slots = grown.slots;
    this.mask = grown.mask;
    this.values = grown.values;
    this.count = grown.count;
    this.fallback = grown.fallback;
    return added;
  }
}

const MAX_PROBE = 64;

function hashString(value: string): number {
  const length = value.length;
  let hash = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  if (length <= 16) {
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < 4; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
    for (let i = length - 12; i < length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  }
  return (hash ^ (hash >>> 15)) >>> 0;
}
