/**
 * The two whitespace sets of the reference (CONVENTIONS.md §5). Neither is the set of JS
 * `trim()` / `\s` (those include U+FEFF and, for `pyStripSet`, miss U+001C–U+001F and
 * U+0085), so both are spelled out explicitly. Every member is a BMP non-surrogate
 * character, so scanning UTF-16 units is exact here.
 */

/** `pyStripSet` (§5.1): what Python's `str.strip()` removes, = where `str.isspace()` holds. 29 code points. */
export const PY_STRIP_CHARS =
  '\t\n\u000b\u000c\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680' +
  '\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000';

/** `intTrimSet` (§5.2): Unicode White_Space, stripped around lax integer strings. 25 code points. */
export const INT_TRIM_CHARS =
  '\t\n\u000b\u000c\r \u0085\u00a0\u1680' +
  '\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000';

/** `pyStripSet` as a set of one-character strings. */
export const pyStripSet: ReadonlySet<string> = new Set(PY_STRIP_CHARS);
/** `intTrimSet` as a set of one-character strings. */
export const intTrimSet: ReadonlySet<string> = new Set(INT_TRIM_CHARS);

/** Membership in `intTrimSet` for one UTF-16 unit. */
export function isIntTrimUnit(u: number): boolean {
  if (u <= 0x20) return u === 0x20 || (u >= 0x09 && u <= 0x0d);
  if (u < 0x85) return false;
  return (
    u === 0x85 ||
    u === 0xa0 ||
    u === 0x1680 ||
    (u >= 0x2000 && u <= 0x200a) ||
    u === 0x2028 ||
    u === 0x2029 ||
    u === 0x202f ||
    u === 0x205f ||
    u === 0x3000
  );
}

/** Membership in `pyStripSet` for one UTF-16 unit. */
export function isPyStripUnit(u: number): boolean {
  return (u >= 0x1c && u <= 0x1f) || isIntTrimUnit(u);
}

function stripWith(s: string, member: (u: number) => boolean): string {
  let start = 0;
  let end = s.length;
  while (start < end && member(s.charCodeAt(start))) start++;
  while (end > start && member(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Python `s.strip()` with no argument: removes `pyStripSet` from both ends. */
export function pyStrip(s: string): string {
  return stripWith(s, isPyStripUnit);
}

/** True when every code point of `s` is in `pyStripSet` (so `""` is blank). §5.1. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (!isPyStripUnit(s.charCodeAt(i))) return false;
  }
  return true;
}

/** Removes `intTrimSet` from both ends, as pydantic does before lax integer parsing. §5.2. */
export function intTrim(s: string): string {
  return stripWith(s, isIntTrimUnit);
}
