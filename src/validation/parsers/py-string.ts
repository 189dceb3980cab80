/**
 * pydantic's `str` with optional length and pattern constraints (ENVELOPE.md §2.3–§2.4,
 * STATUS_AND_GATES.md §3, COLLABORATION.md §3).
 *
 * Why not a plain `typeof` check: pydantic never coerces to str, measures lengths in code
 * points (a surrogate pair is one character), rejects lone surrogates in constrained fields
 * (`string_unicode`) and reports min, then max, then pattern with exact messages. The common
 * case (short string without surrogates) costs one scan over its UTF-16 units.
 */

import { fail, ok, type ParseOutcome } from '../violation';
import { referenceRegExp } from './reference-regex';
import { hasSurrogateUnit } from '../../conventions/code-points';
import { codePointLength } from './text';

export interface PyStringPattern {
  /** Whole-string test; a global or sticky regex is reset before use. */
  readonly regex: RegExp;
  /** The Python pattern text, quoted in the message and returned as ctx `pattern`. */
  readonly source: string;
}

/**
 * A model-field pattern from its Python text (`Field(pattern=...)`), read as pydantic-core's
 * Rust `regex` reads it: `\d` is the reference's digit set, not Node's (issue 9 item 20).
 * Throws `RangeError` for a construct that cannot be pinned.
 */
export function pythonPattern(source: string): PyStringPattern {
  return Object.freeze({ regex: referenceRegExp(source, 'model'), source });
}

export interface PyStringOptions {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: PyStringPattern;
  /** Default: true when any constraint is given, false otherwise (ENVELOPE.md §2.3). */
  readonly rejectLoneSurrogates?: boolean;
}

const STRING_TYPE = Object.freeze(fail('string_type', 'Input should be a valid string'));
const STRING_UNICODE = Object.freeze(
  fail('string_unicode', 'Input should be a valid string, unable to parse raw data as a unicode string'),
);

/** From this length on, the native surrogate test beats the scan below (≈ 20 ns vs ≈ 2 ns a unit). */
const NATIVE_TEST_FROM = 8;

/**
 * Result of one scan: code-point length, or -1 when a lone surrogate was found. A string
 * without any surrogate unit (the common case) is answered by a native test when it is long
 * enough for that to pay (long texts such as anomaly reasons: a 300-unit reason costs 20 ns
 * instead of 700).
 */
function scanCodePoints(s: string): number {
  const n = s.length;
  if (n >= NATIVE_TEST_FROM && !hasSurrogateUnit(s)) return n;
  let count = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          count--;
          i++;
          continue;
        }
      }
      return -1;
    }
  }
  return count;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

/**
 * A Python `str` field: only JS strings; then lone surrogates (when rejected), min length,
 * max length (code points) and pattern, in that order. Never throws.
 */
export function parsePyString(input: unknown, opts?: PyStringOptions): ParseOutcome<string> {
  if (typeof input !== 'string') return STRING_TYPE;
  if (opts === undefined) return ok(input);
  const { minLength, maxLength, pattern } = opts;
  const reject =
    opts.rejectLoneSurrogates ?? (minLength !== undefined || maxLength !== undefined || pattern !== undefined);
  let length: number;
  if (reject) {
    length = scanCodePoints(input);
    if (length < 0) return STRING_UNICODE;
  } else if (minLength !== undefined || maxLength !== undefined) {
    length = codePointLength(input);
  } else {
    length = input.length;
  }
  if (minLength !== undefined && length < minLength) {
    return fail('string_too_short', `String should have at least ${minLength} character${plural(minLength)}`, {
      min_length: minLength,
    });
  }
  if (maxLength !== undefined && length > maxLength) {
    return fail('string_too_long', `String should have at most ${maxLength} character${plural(maxLength)}`, {
      max_length: maxLength,
    });
  }
  if (pattern !== undefined) {
    const re = pattern.regex;
    if (re.global || re.sticky) re.lastIndex = 0;
    if (!re.test(input)) {
      return fail('string_pattern_mismatch', `String should match pattern '${pattern.source}'`, {
        pattern: pattern.source,
      });
    }
  }
  return ok(input);
}

/**
 * The fast check of a `parsePyString` field (compiled model parsers): the string when
 * `parsePyString(input, opts)` accepts it, else null; the same checks, specialised once for
 * `opts`, allocating nothing.
 */
export function pyStringCheck(opts?: PyStringOptions): (input: unknown) => string | null {
  if (opts === undefined) return (input) => (typeof input === 'string' ? input : null);
  const { minLength, maxLength, pattern } = opts;
  const reject =
    opts.rejectLoneSurrogates ?? (minLength !== undefined || maxLength !== undefined || pattern !== undefined);
  const measured = minLength !== undefined || maxLength !== undefined;
  const min = minLength ?? 0;
  const max = maxLength ?? Infinity;
  const re = pattern?.regex;
  const resets = re !== undefined && (re.global || re.sticky);
  return (input) => {
    if (typeof input !== 'string') return null;
    let length = input.length;
    if (reject) {
      length = scanCodePoints(input);
      if (length < 0) return null;
    } else if (measured) {
      length = codePointLength(input);
    }
    if (length < min || length > max) return null;
    if (re !== undefined) {
      if (resets) re.lastIndex = 0;
      if (!re.test(input)) return null;
    }
    return input;
  };
}
