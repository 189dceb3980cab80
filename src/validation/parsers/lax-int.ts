/**
 * pydantic's lax `int` (ENVELOPE.md §2.5) and the strict integers of the gate payloads
 * (STATUS_AND_GATES.md §14).
 *
 * Why a hand-written string procedure instead of a regex: pydantic's cleanup of integer
 * strings (whitespace trim, sign, leading zeros, `.000` suffix, underscores) has observable
 * quirks (`"0-9"` → −9, `"0__059"` → 59) that the contract pins step by step (§2.5 steps
 * 1–3f). Integer strings are exact in Python at any size up to 4300 digits, so size and
 * bound checks use BigInt; the stored value is a `number` (ENVELOPE.md §11 items 4, 9).
 */

import { fail, ok, type ParseFailure, type ParseOutcome } from '../violation';
import { hasLoneSurrogate } from './text';

export interface LaxIntBounds {
  readonly gt?: number;
  readonly ge?: number;
  readonly le?: number;
}

export interface StrictIntBounds {
  readonly gt?: number;
}

const INT_TYPE = Object.freeze(fail('int_type', 'Input should be a valid integer'));
const INT_PARSING = Object.freeze(
  fail('int_parsing', 'Input should be a valid integer, unable to parse string as an integer'),
);
const INT_FROM_FLOAT = Object.freeze(
  fail('int_from_float', 'Input should be a valid integer, got a number with a fractional part'),
);
const INT_PARSING_SIZE = Object.freeze(
  fail('int_parsing_size', 'Unable to parse input string as an integer, exceeded maximum size'),
);
const FINITE_NUMBER = Object.freeze(fail('finite_number', 'Input should be a finite number'));
const STRING_UNICODE = Object.freeze(
  fail('string_unicode', 'Input should be a valid string, unable to parse raw data as a unicode string'),
);

/** Python's default `int()` string limit (sys.int_info.default_max_str_digits). */
const MAX_INT_CHARS = 4300;
const TWO_POW_63 = 9223372036854775808;
const JSON_INT = /^-?(?:0|[1-9][0-9]*)$/;

/** intTrimSet (CONVENTIONS.md §5.2): the Unicode White_Space property, 25 code points. */
function isIntTrim(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Steps 1–3f of ENVELOPE.md §2.5: the JSON integer literal the string stands for, or a
 * failure. Pure function of the string; no regex backtracking, linear time.
 */
export function cleanIntString(s: string): string | ParseFailure {
  const len = s.length;
  // Step 1: already a JSON integer literal.
  if (JSON_INT.test(s)) return len > MAX_INT_CHARS ? INT_PARSING_SIZE : s;
  // Step 2: a leading run -?[1-9][0-9]* longer than the limit.
  if (len > MAX_INT_CHARS) {
    let i = s.charCodeAt(0) === 45 ? 1 : 0;
    const c = s.charCodeAt(i);
    if (c >= 49 && c <= 57) {
      i++;
      while (i < len && isDigit(s.charCodeAt(i))) i++;
      if (i > MAX_INT_CHARS) return INT_PARSING_SIZE;
    }
  }
  // Step 3a: strip intTrimSet.
  let start = 0;
  let end = len;
  while (start < end && isIntTrim(s.charCodeAt(start))) start++;
  while (end > start && isIntTrim(s.charCodeAt(end - 1))) end--;
  // Step 3b: one '+', then one remembered '-'.
  let neg = false;
  if (start < end && s.charCodeAt(start) === 43) {
    start++;
    if (start < end && s.charCodeAt(start) === 45) return INT_PARSING;
  }
  if (start < end && s.charCodeAt(start) === 45) {
    start++;
    neg = true;
    if (start < end) {
      const c = s.charCodeAt(start);
      if (c === 45 || c === 43) return INT_PARSING;
    }
  }
  // Step 3c: leading zeros.
  if (start >= end) return INT_PARSING;
  const first = s.charCodeAt(start);
  if (!(isDigit(first) || first === 45)) return INT_PARSING;
  if (first === 48) {
    let j = start + 1;
    let restart = -1;
    for (; j < end; j++) {
      const c = s.charCodeAt(j);
      if (c === 48 || c === 95) continue;
      if ((c >= 49 && c <= 57) || c === 45) {
        restart = j;
        break;
      }
      if (c === 46) {
        restart = j - 1;
        break;
      }
      return INT_PARSING;
    }
    start = restart < 0 ? end - 1 : restart;
  }
  // Step 3d: a '.' followed only by one or more '0' is cut off.
  const dot = s.indexOf('.', start);
  if (dot >= 0 && dot < end && dot + 1 < end) {
    let allZero = true;
    for (let k = dot + 1; k < end; k++) {
      if (s.charCodeAt(k) !== 48) {
        allZero = false;
        break;
      }
    }
    if (allZero) end = dot;
  }
  // Step 3e: underscores.
  let text = s.slice(start, end);
  if (text.includes('_')) {
    if (text.charCodeAt(0) !== 95 && text.charCodeAt(text.length - 1) !== 95 && !text.includes('__')) {
      text = text.split('_').join('');
    } else if (end - start === len) {
      return INT_PARSING;
    }
  } else if (end - start === len) {
    return INT_PARSING;
  }
  // Step 3f.
  if (neg) text = '-' + text;
  if (text.length > MAX_INT_CHARS || !JSON_INT.test(text)) return INT_PARSING;
  return text;
}

function geFail(ge: number): ParseFailure {
  return fail('greater_than_equal', `Input should be greater than or equal to ${ge}`, { ge });
}

function leFail(le: number): ParseFailure {
  return fail('less_than_equal', `Input should be less than or equal to ${le}`, { le });
}

function gtFail(gt: number): ParseFailure {
  return fail('greater_than', `Input should be greater than ${gt}`, { gt });
}

function checkBounds(value: number, big: bigint | null, bounds: LaxIntBounds | undefined): ParseOutcome<number> {
  if (bounds !== undefined) {
    const { gt, ge, le } = bounds;
    if (gt !== undefined && (big === null ? !(value > gt) : !(big > gt))) return gtFail(gt);
    if (ge !== undefined && (big === null ? value < ge : big < ge)) return geFail(ge);
    if (le !== undefined && (big === null ? value > le : big > le)) return leFail(le);
  }
  return ok(value);
}

/**
 * pydantic lax `int` (ENVELOPE.md §2.5): integral numbers with |x| < 2^63, booleans (1/0),
 * bigints, and integer strings per the §2.5 procedure; then `gt`, `ge`, `le`. Never throws.
 */
export function parseLaxInt(input: unknown, bounds?: LaxIntBounds): ParseOutcome<number> {
  switch (typeof input) {
    case 'number': {
      if (!Number.isFinite(input)) return FINITE_NUMBER;
      if (!Number.isInteger(input)) return INT_FROM_FLOAT;
      if (input >= TWO_POW_63 || input <= -TWO_POW_63) return INT_PARSING_SIZE;
      return checkBounds(input + 0, null, bounds);
    }
    case 'boolean':
      return checkBounds(input ? 1 : 0, null, bounds);
    case 'bigint':
      return checkBounds(Number(input), input, bounds);
    case 'string': {
      // Fast path: a short JSON integer literal (the common case).
      if (input.length <= 15 && JSON_INT.test(input)) return checkBounds(Number(input) + 0, null, bounds);
      if (hasLoneSurrogate(input)) return STRING_UNICODE;
      const lit = cleanIntString(input);
      if (typeof lit !== 'string') return lit;
      if (lit.length <= 15) return checkBounds(Number(lit) + 0, null, bounds);
      const big = BigInt(lit);
      return checkBounds(Number(big), big, bounds);
    }
    default:
      return INT_TYPE;
  }
}

/**
 * A strict integer of the gate payloads (STATUS_AND_GATES.md §14): only a JS number with
 * `Number.isInteger` or a bigint; then `gt`. Never throws.
 */
export function parseStrictInt(input: unknown, bounds?: StrictIntBounds): ParseOutcome<number> {
  let value: number;
  let big: bigint | null = null;
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return INT_TYPE;
    value = input + 0;
  } else if (typeof input === 'bigint') {
    big = input;
    value = Number(input);
  } else {
    return INT_TYPE;
  }
  const gt = bounds?.gt;
  if (gt !== undefined && (big === null ? !(value > gt) : !(big > gt))) {
    return fail('greater_than', `Input should be greater than ${gt}`, { gt });
  }
  return ok(value);
}
