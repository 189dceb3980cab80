/**
 * Code-point string helpers (CONVENTIONS.md §6.1, §6.2).
 *
 * The reference counts, slices and orders strings by Unicode code point, while JS
 * `length`, `slice` and `<` work on UTF-16 units. A lone surrogate (valid in both JS and
 * Python strings) is one code point whose value is the surrogate unit itself. These
 * helpers sit on validator and reducer hot paths, so the common case (no surrogate unit at
 * all) is answered by a native scan without allocating.
 */

/** Matches any UTF-16 surrogate unit, paired or lone. Non-global: `test` keeps no state. */
const SURROGATE_UNIT = /[\uD800-\uDFFF]/;
/** In `u` mode a well-formed pair is one code point, so this matches lone surrogates only. */
const LONE_SURROGATE = /\p{Cs}/u;

type WellFormedCheck = (this: string) => boolean;
const nativeIsWellFormed: WellFormedCheck | undefined = (
  String.prototype as unknown as { isWellFormed?: WellFormedCheck }
).isWellFormed;

/** True when `s` contains at least one UTF-16 surrogate unit (paired or lone). */
export function hasSurrogateUnit(s: string): boolean {
  return SURROGATE_UNIT.test(s);
}

/**
 * True when `s` contains a surrogate unit that is not half of a valid high+low pair.
 * Such a string is valid in JS and Python but is not well-formed UTF-16/UTF-8.
 */
export function hasLoneSurrogate(s: string): boolean {
  if (nativeIsWellFormed !== undefined) return !nativeIsWellFormed.call(s);
  return LONE_SURROGATE.test(s);
}

/** Length in code points; a lone surrogate counts as one (`"😀"` → 1, `"\ud800"` → 1). */
export function codePointLength(s: string): number {
  const n = s.length;
  if (!SURROGATE_UNIT.test(s)) return n;
  let pairs = 0;
  for (let i = 0; i < n - 1; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return n - pairs;
}

/**
 * The first `n` code points of `s` (all of `s` when it is shorter); never splits a
 * surrogate pair. `n` ≤ 0 gives `""`.
 */
export function firstCodePoints(s: string, n: number): string {
  if (n <= 0) return '';
  if (!SURROGATE_UNIT.test(s)) return s.length <= n ? s : s.slice(0, n);
  const len = s.length;
  let i = 0;
  let count = 0;
  while (i < len && count < n) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < len) {
      const v = s.charCodeAt(i + 1);
      i += v >= 0xdc00 && v <= 0xdfff ? 2 : 1;
    } else {
      i++;
    }
    count++;
  }
  return i >= len ? s : s.slice(0, i);
}

/**
 * The reference's string order (CONVENTIONS.md §6.2): code point by code point, the first
 * differing code point decides, a proper prefix sorts first. Returns -1, 0 or 1.
 *
 * Fast path: when neither string holds a surrogate unit, UTF-16 unit order is code-point
 * order, so native `<` decides (two native scans, no allocation). Otherwise one pass over
 * the units finds the first differing unit `i`, which decides unless it falls inside a
 * surrogate pair, in which case the code points starting at `i - 1` (or `i`) are compared.
 * Exact for lone surrogates too: a lone surrogate's value (U+D800–U+DFFF) is below
 * U+E000, which the unit-remapping shortcut gets wrong.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  if (!SURROGATE_UNIT.test(a) && !SURROGATE_UNIT.test(b)) return a < b ? -1 : 1;
  const la = a.length;
  const lb = b.length;
  const n = la < lb ? la : lb;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) {
    // One is a unit-prefix of the other. That is also a code-point prefix, except when the
    // shorter one ends in a lone high surrogate that the longer one pairs up; the lone
    // high surrogate (< U+DC00) is still below the pair's code point (≥ U+10000).
    return la < lb ? -1 : 1;
  }
  const ua = a.charCodeAt(i);
  const ub = b.charCodeAt(i);
  // Neither differing unit is a surrogate: both are whole BMP code points at a code-point
  // boundary (a unit that is not a low surrogate never ends a pair).
  if ((ua < 0xd800 || ua > 0xdfff) && (ub < 0xd800 || ub > 0xdfff)) return ua < ub ? -1 : 1;
  let j = i;
  if (i > 0) {
    const prev = a.charCodeAt(i - 1); // equal in both strings
    if (
      prev >= 0xd800 &&
      prev <= 0xdbff &&
      ((ua >= 0xdc00 && ua <= 0xdfff) || (ub >= 0xdc00 && ub <= 0xdfff))
    ) {
      j = i - 1; // the shared high surrogate starts a pair in at least one string
    }
  }
  // `j` starts a code point in both strings; codePointAt there reads the whole code point.
  const ca = a.codePointAt(j) as number;
  const cb = b.codePointAt(j) as number;
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

const LONE_SURROGATE_GLOBAL = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A `Dict[str, ...]` key as the reference's `model_dump(mode="json")` writes it: each lone
 * surrogate becomes three U+FFFD (pydantic-core encodes the key with `surrogatepass`, 3 bytes,
 * and decodes them lossily). Well-formed keys are returned unchanged. Values and set members
 * keep their lone surrogates (the reference writes them unchanged).
 */
export function dumpedDictKey(key: string): string {
  return hasLoneSurrogate(key) ? key.replace(LONE_SURROGATE_GLOBAL, '\ufffd\ufffd\ufffd') : key;
}
