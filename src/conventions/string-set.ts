/**
 * Duplicate detection for strings at log scale (`markRepeats`): reducers dedup every log by
 * `event_id`. A `Set` that grows from empty rehashes and reallocates repeatedly, and one big
 * table is cache-miss bound at 1M ids, so ids are hashed in one pass, partitioned by hash,
 * and each partition is checked with a small table that stays in cache. Exact string equality
 * decides, so any string (including `__proto__` or lone surrogates) is an ordinary key.
 *
 * The hash reads every UTF-16 unit and is seeded per process (`hashString`), so ids that differ
 * anywhere spread and collisions cannot be planned. Inputs that collide anyway (long runs of
 * equal hashes) cannot make it quadratic: a probe longer than `MAX_PROBE` moves the work to a
 * native `Set`.
 */
const MAX_PROBE = 64;

/** Keys per partition of `markRepeats`: its probe table (2 × 4 bytes per key) stays in cache. */
const PARTITION_SIZE = 4096;

export interface MarkRepeatsOptions {
  /**
   * `hashString(keyOf(items[i]))` for every i, when the caller computed them in a pass it
   * makes anyway (each pass over a large list costs its cache misses); computed otherwise.
   */
  readonly hashes?: Uint32Array;
  /** Keys per partition (tests use small values to exercise the partitioning). */
  readonly partitionSize?: number;
}

/**
 * Marks every item whose key repeats an earlier one: a `Uint8Array` with 1 at each index whose
 * `keyOf(item)` is exactly equal to the key of an item at a smaller index (the first
 * occurrence of each key stays 0), or null when all keys are distinct.
 *
 * Built for large inputs: one hash table over a million keys costs a cache and TLB miss per
 * key, which made deduplication 1000× slower at 1M keys than at 10k. Instead, one sequential
 * pass hashes every key, a stable counting sort groups the indices by the top bits of their
 * hash into partitions of about `PARTITION_SIZE` keys, and each partition is checked with a
 * small table that stays in cache. Strings are compared only when their 32-bit hashes are
 * equal. Inputs built to collide (a probe longer than `MAX_PROBE`) fall back to a native
 * `Set`, so the work stays linear for any input.
 */
export function markRepeats<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  options: MarkRepeatsOptions = {},
): Uint8Array | null {
  const hashes = options.hashes ?? hashAll(items, keyOf);
  const bits = partitionBits(items.length, options.partitionSize ?? PARTITION_SIZE);
  const marks = markRepeatsInPartitions(partitionByHash(hashes, bits), items, keyOf);
  return marks === COLLIDED ? markRepeatsWithSet(items, keyOf) : marks;
}

function hashAll<T>(items: readonly T[], keyOf: (item: T) => string): Uint32Array {
  const hashes = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) hashes[i] = hashString(keyOf(items[i]!));
  return hashes;
}

/** Indices grouped by the top bits of their hash, ascending within each group. */
interface Partitions {
  /** Partition p holds positions `starts[p]` to `starts[p + 1] - 1` of `hashes` and `indices`. */
  readonly starts: Int32Array;
  readonly hashes: Uint32Array;
  readonly indices: Int32Array;
  /** The size of the largest partition. */
  readonly largest: number;
}

/** The number of top hash bits that split `count` keys into partitions of about `size`. */
function partitionBits(count: number, size: number): number {
  let bits = 0;
  while (bits < 16 && count > size * 2 ** bits) bits++;
  return bits;
}

/**
 * A stable counting sort of the indices, with their hashes, by the top `bits` bits of the
 * hash (copying the hashes costs less than gathering them from all over the input later).
 */
function partitionByHash(hashes: Uint32Array, bits: number): Partitions {
  const count = hashes.length;
  // `>>> 32` would shift by 0, so zero bits maps every hash to partition 0 explicitly.
  const shift = bits === 0 ? 0 : 32 - bits;
  const partOf = (hash: number): number => (bits === 0 ? 0 : hash >>> shift);
  const starts = new Int32Array(2 ** bits + 1);
  for (let i = 0; i < count; i++) starts[partOf(hashes[i]!) + 1]!++;
  let largest = 0;
  for (let p = 1; p < starts.length; p++) {
    largest = Math.max(largest, starts[p]!);
    starts[p]! += starts[p - 1]!;
  }
  const next = starts.slice(0, -1);
  const grouped = new Uint32Array(count);
  const indices = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const hash = hashes[i]!;
    const at = next[partOf(hash)]!++;
    grouped[at] = hash;
    indices[at] = i;
  }
  return { starts, hashes: grouped, indices, largest };
}

/** Returned by `markRepeatsInPartitions` when a probe ran past `MAX_PROBE`. */
const COLLIDED = 'collided';

/**
 * Open addressing over one partition at a time (one table, cleared between partitions). Table
 * entries are positions + 1 in the partitioned arrays; within a partition the original indices
 * ascend, so the first occurrence of a key is the one that enters the table.
 */
function markRepeatsInPartitions<T>(
  partitions: Partitions,
  items: readonly T[],
  keyOf: (item: T) => string,
): Uint8Array | null | typeof COLLIDED {
  const { starts, hashes, indices } = partitions;
  const table = new Int32Array(tableSize(partitions.largest));
  let marks: Uint8Array | null = null;
  for (let p = 0; p + 1 < starts.length; p++) {
    const start = starts[p]!;
    const end = starts[p + 1]!;
    if (end - start < 2) continue;
    const mask = tableSize(end - start) - 1;
    table.fill(0, 0, mask + 1);
    for (let at = start; at < end; at++) {
      const hash = hashes[at]!;
      let slot = hash & mask;
      for (let probe = 0; ; probe++) {
        const entry = table[slot]!;
        if (entry === 0) {
          table[slot] = at + 1;
          break;
        }
        if (hashes[entry - 1] === hash && keyOf(items[indices[entry - 1]!]!) === keyOf(items[indices[at]!]!)) {
          (marks ??= new Uint8Array(hashes.length))[indices[at]!] = 1;
          break;
        }
        if (probe === MAX_PROBE) return COLLIDED;
        slot = (slot + 1) & mask;
      }
    }
  }
  return marks;
}

/** A power of two at least twice `count` (load factor ≤ 1/2), at least 16. */
function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

/** `markRepeats` with a native `Set`: linear for any input, slower for large ones. */
function markRepeatsWithSet<T>(items: readonly T[], keyOf: (item: T) => string): Uint8Array | null {
  const seen = new Set<string>();
  let marks: Uint8Array | null = null;
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i]!);
    if (seen.has(key)) (marks ??= new Uint8Array(items.length))[i] = 1;
    else seen.add(key);
  }
  return marks;
}

/**
 * Per-process hash seeds, drawn at module load: which ids collide depends on them, so a sender
 * cannot choose event ids that collide in every process (hash flooding). `Math.random` is
 * enough: the seeds are never revealed, and a flood that still happens only reaches the
 * probe-limit fallback (a native `Set`), never quadratic work.
 */
const SEED_A = (Math.random() * 0x100000000) >>> 0;
const SEED_B = (Math.random() * 0x100000000) >>> 0;

/**
 * A seeded 32-bit hash of every UTF-16 unit of `value` (an unsigned integer). Each pair of
 * units is one 32-bit block, xored into the state before a multiply and a rotation, so how a
 * block changes the state depends on the state (and through it on the per-process seed): a
 * difference in one block cannot be cancelled by a chosen difference in another without
 * knowing the seed. MurmurHash3's finaliser mixes the result. Every unit takes part, so ids that
 * differ in any one position spread as well as random ids do. One multiply per block (half the
 * work of MurmurHash3's block mix): hashing is most of the dedup pass every reducer makes.
 */
export function hashString(value: string): number {
  const length = value.length;
  let hash = SEED_A ^ length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    hash = Math.imul(hash ^ (value.charCodeAt(i) | (value.charCodeAt(i + 1) << 16)), 0x9e3779b1);
    hash = (hash << 15) | (hash >>> 17);
  }
  if (i < length) {
    hash = Math.imul(hash ^ value.charCodeAt(i), 0x9e3779b1);
    hash = (hash << 15) | (hash >>> 17);
  }
  hash ^= SEED_B;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
