/**
 * Punycode (RFC 3492) over code points, for international host labels. Linear-time guards:
 * decoding refuses overflow beyond the Unicode range, so hostile labels cost O(n²) at worst in
 * the label length only, and host labels are bounded by the URL they come from.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_CODE_POINT = 0x10ffff;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitChar(d: number): string {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

/** Digit value of a basic code point (either case), or -1. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 22;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return -1;
}

/** A Fenwick tree of counts over positions 0..size-1. */
class Counts {
  readonly #tree: Float64Array;
  constructor(readonly size: number) {
    this.#tree = new Float64Array(size + 1);
  }
  add(pos: number, v: number): void {
    for (let i = pos + 1; i <= this.size; i += i & -i) this.#tree[i]! += v;
  }
  /** Sum over positions 0..pos-1. */
  prefix(pos: number): number {
    let s = 0;
    for (let i = pos; i > 0; i -= i & -i) s += this.#tree[i]!;
    return s;
  }
  /** The position p where the running sum first exceeds k (all counts 0 or 1). */
  kth(k: number): number {
    let pos = 0;
    let rest = k;
    for (let step = 1 << Math.floor(Math.log2(Math.max(1, this.size))); step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= this.size && this.#tree[next]! <= rest) {
        pos = next;
        rest -= this.#tree[next]!;
      }
    }
    return pos;
  }
}

/**
 * Punycode of a sequence of code points (without the `xn--` prefix). O(n log n): the deltas
 * of RFC 3492 §6.3 are counted with a Fenwick tree instead of a pass per distinct code point.
 */
export function punycodeEncode(codePoints: readonly number[]): string {
  const len = codePoints.length;
  let out = '';
  const counts = new Counts(len);
  const order: number[] = [];
  for (let p = 0; p < len; p++) {
    const c = codePoints[p]!;
    if (c < 0x80) {
      out += String.fromCharCode(c);
      counts.add(p, 1);
    } else {
      order.push(p);
    }
  }
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  order.sort((x, y) => codePoints[x]! - codePoints[y]! || x - y);
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  for (let k = 0; k < order.length; ) {
    const m = codePoints[order[k]!]!;
    delta += (m - n) * (handled + 1);
    n = m;
    let g = k;
    while (g < order.length && codePoints[order[g]!] === m) g++;
    let prev = -1;
    for (let q = k; q < g; q++) {
      const p = order[q]!;
      delta += counts.prefix(p) - counts.prefix(prev + 1);
      let rest = delta;
      for (let kk = BASE; ; kk += BASE) {
        const t = kk <= bias ? T_MIN : kk >= bias + T_MAX ? T_MAX : kk - bias;
        if (rest < t) break;
        out += digitChar(t + ((rest - t) % (BASE - t)));
        rest = Math.floor((rest - t) / (BASE - t));
      }
      out += digitChar(rest);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
      prev = p;
    }
    delta += counts.prefix(len) - counts.prefix(prev + 1);
    for (let q = k; q < g; q++) counts.add(order[q]!, 1);
    delta++;
    n++;
    k = g;
  }
  return out;
}

/**
 * The code points a punycode string denotes, or null when it is malformed. O(n log n): the
 * insertions are collected, then placed from the last one back into the free slots of the
 * result (a Fenwick tree finds the k-th free slot).
 */
export function punycodeDecode(input: string): number[] | null {
  const dash = input.lastIndexOf('-');
  const basicEnd = dash < 0 ? 0 : dash;
  const basics: number[] = [];
  for (let i = 0; i < basicEnd; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x80) return null;
    basics.push(c);
  }
  const at: number[] = [];
  const values: number[] = [];
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let pos = dash < 0 ? 0 : dash + 1;
  while (pos < input.length) {
    const oldi = i;
    let w = 1;
    const len = basics.length + values.length + 1;
    const limit = MAX_CODE_POINT * len + len;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit < 0) return null;
      i += digit * w;
      if (i > limit) return null;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > limit) return null;
    }
    bias = adapt(i - oldi, len, oldi === 0);
    n += Math.floor(i / len);
    i %= len;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return null;
    at.push(i);
    values.push(n);
    i++;
  }
  const total = basics.length + values.length;
  const out = new Array<number>(total);
  const free = new Counts(total);
  for (let p = 0; p < total; p++) free.add(p, 1);
  for (let t = values.length - 1; t >= 0; t--) {
    const slot = free.kth(at[t]!);
    out[slot] = values[t]!;
    free.add(slot, -1);
  }
  let b = 0;
  for (let p = 0; p < total; p++) if (free.prefix(p + 1) - free.prefix(p) === 1) out[p] = basics[b++]!;
  return out;
}
