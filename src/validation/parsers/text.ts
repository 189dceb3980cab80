/**
 * Low-level string facts the scalar parsers share: lone-surrogate detection, code-point
 * length and UTF-8 byte length (CONVENTIONS.md §6.1; a few pydantic diagnostics count UTF-8
 * bytes: ENVELOPE.md §2.7.5, §2.8).
 *
 * Kept local to the parsers (not imported from `src/conventions`) so this folder has no
 * dependencies and every helper can be tuned for the hot validation path: each one is a
 * plain loop over UTF-16 units with no allocation.
 */

interface MaybeWellFormed {
  isWellFormed?: () => boolean;
}

const HAS_IS_WELL_FORMED = typeof (String.prototype as MaybeWellFormed).isWellFormed === 'function';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when `s` holds a lone surrogate (pydantic cannot encode such a string as UTF-8 and
 * reports `string_unicode` wherever it has to parse or measure it: ENVELOPE.md §2.3).
 */
export function hasLoneSurrogate(s: string): boolean {
  if (HAS_IS_WELL_FORMED) {
    return !(s as unknown as { isWellFormed(): boolean }).isWellFormed();
  }
  return LONE_SURROGATE.test(s);
}

/**
 * Number of code points of `s` (a lone surrogate counts as one), CONVENTIONS.md §6.1.
 * Fast path: a string without any surrogate unit has as many code points as UTF-16 units.
 */
export function codePointLength(s: string): number {
  const n = s.length;
  let count = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

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

/** Python `repr()` of a string, for messages that quote choice values (CONVENTIONS.md §2.1). */
export function pyReprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + quote;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp !== 0x20 && NON_PRINTABLE.test(ch)) {
      const hex = cp.toString(16);
      if (cp <= 0xff) out += '\\x' + hex.padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + hex.padStart(4, '0');
      else out += '\\U' + hex.padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

// Approximation with the engine's Unicode tables; choice values are simple ASCII identifiers,
// so the Unicode-14 subtleties of CONVENTIONS.md §2.1 never arise here.
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
