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

/** Punycode of a sequence of code points (without the `xn--` prefix). */
export function punycodeEncode(codePoints: readonly number[]): string {
  let out = '';
  for (const c of codePoints) if (c < 0x80) out += String.fromCharCode(c);
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  const sorted = [...new Set(codePoints.filter((c) => c >= n))].sort((a, b) => a - b);
  for (const m of sorted) {
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of codePoints) {
      if (c < n) delta++;
      else if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
          if (q < t) break;
          out += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

/** The code points a punycode string denotes, or null when it is malformed. */
export function punycodeDecode(input: string): number[] | null {
  const out: number[] = [];
  const dash = input.lastIndexOf('-');
  const basicEnd = dash < 0 ? 0 : dash;
  for (let i = 0; i < basicEnd; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x80) return null;
    out.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let pos = dash < 0 ? 0 : dash + 1;
  while (pos < input.length) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit < 0) return null;
      i += digit * w;
      if (i > MAX_CODE_POINT * (out.length + 1) + MAX_CODE_POINT) return null;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > MAX_CODE_POINT * (out.length + 1) + MAX_CODE_POINT) return null;
    }
    const len = out.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    n += Math.floor(i / len);
    i %= len;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return null;
    out.splice(i, 0, n);
    i++;
  }
  return out;
}
