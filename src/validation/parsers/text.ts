/**
 * Low-level string facts the scalar parsers share: lone-surrogate detection, code-point
 * length and UTF-8 byte length (CONVENTIONS.md §6.1; a few pydantic diagnostics count UTF-8
 * bytes: ENVELOPE.md §2.7.5, §2.8).
 *
 * Code-point length, lone-surrogate detection and string repr are the shared ones from
 * `src/conventions`; the UTF-8 helpers are used only by the parsers' diagnostics.
 */

export { codePointLength, hasLoneSurrogate, pyReprString } from '../../conventions';

/** UTF-8 byte length of `s` (a lone surrogate, if any, counts 3 bytes as in WTF-8). */
export function utf8Length(s: string): number {
  const n = s.length;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The first `max` UTF-8 bytes of `s` (fewer if the string is shorter), each given as its
 * ASCII code or as 0x80 for any byte of a multi-byte sequence: enough for diagnostics that
 * only test for ASCII digits and separators.
 */
export function utf8Head(s: string, max: number): number[] {
  const bytes: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let width: number;
    if (c < 0x80) width = 1;
    else if (c < 0x800) width = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 4;
      i++;
    } else width = 3;
    for (let k = 0; k < width; k++) {
      if (bytes.length === max) return bytes;
      bytes.push(width === 1 ? c : 0x80);
    }
  }
  return bytes;
}
