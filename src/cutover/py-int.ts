/**
 * Python's reading of a version's major token: `str.isdigit()` then `int()` (Unicode 14, as
 * the reference's Python 3.11 sees it). `int()` accepts decimal digits of every script but
 * rejects digit-only characters such as `²`, and refuses more than 4300 digits.
 */
import { pyReprString } from '../conventions';
import { PY_DECIMAL_RANGES, PY_DIGIT_ONLY_RANGES } from './py-digits';

/** Python's default `int()` string limit (sys.int_info.default_max_str_digits). */
const MAX_INT_DIGITS = 4300;

/** Index of the [first, last] pair holding `cp`, or -1 (binary search). */
function rangeIndex(ranges: readonly number[], cp: number): number {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]!) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The decimal value (0–9) of a code point Python's `int()` reads as a digit, or -1. */
export function pyDecimalValue(cp: number): number {
  const at = rangeIndex(PY_DECIMAL_RANGES, cp);
  return at < 0 ? -1 : (cp - PY_DECIMAL_RANGES[2 * at]!) % 10;
}

/** Python `s.isdigit()`: non-empty and every code point a decimal or digit character. */
export function pyIsDigit(s: string): boolean {
  if (s.length === 0) return false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (pyDecimalValue(cp) < 0 && rangeIndex(PY_DIGIT_ONLY_RANGES, cp) < 0) return false;
  }
  return true;
}

/** Python's `int(s)` of a string of `isdigit` characters: the value, or the ValueError text. */
export function pyIntOfDigits(s: string): { readonly ok: true; readonly value: bigint } | { readonly ok: false; readonly message: string } {
  let digits = '';
  let count = 0;
  let complete = true;
  for (const ch of s) {
    const value = pyDecimalValue(ch.codePointAt(0)!);
    if (value < 0) {
      complete = false;
      break;
    }
    digits += String(value);
    count++;
  }
  if (count > MAX_INT_DIGITS) {
    return {
      ok: false,
      message:
        `Exceeds the limit (${MAX_INT_DIGITS} digits) for integer string conversion: value has ${count} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    };
  }
  if (!complete || count === 0) {
    // `%.200R`: the repr, cut to 200 code points.
    const repr = [...pyReprString(s)].slice(0, 200).join('');
    return { ok: false, message: `invalid literal for int() with base 10: ${repr}` };
  }
  return { ok: true, value: BigInt(digits) };
}
