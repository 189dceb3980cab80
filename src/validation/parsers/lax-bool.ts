/**
 * pydantic's lax `bool` (ENVELOPE.md §2.6, STATUS_AND_GATES.md §6 `force`) and the
 * `Literal[True]` of ForceMetadata.force (STATUS_AND_GATES.md §5).
 *
 * Why not `Boolean(x)`: pydantic accepts exactly 0/1 numbers and twelve words (ASCII
 * case-insensitive, untrimmed) and distinguishes `bool_parsing` (an integral number or a
 * string it could not interpret) from `bool_type` (everything else).
 */

import { fail, ok, type ParseOutcome } from '../violation';
import { hasLoneSurrogate } from './text';

const TRUE = Object.freeze(ok(true));
const FALSE = Object.freeze(ok(false));
const BOOL_TYPE = Object.freeze(fail('bool_type', 'Input should be a valid boolean'));
const BOOL_PARSING = Object.freeze(fail('bool_parsing', 'Input should be a valid boolean, unable to interpret input'));
const STRING_UNICODE = Object.freeze(
  fail('string_unicode', 'Input should be a valid string, unable to parse raw data as a unicode string'),
);
const LITERAL_TRUE = Object.freeze(fail('literal_error', 'Input should be True', { expected: 'True' }));

const TWO_POW_63 = 9223372036854775808;

/** ASCII lower case of the unit at i (other units unchanged). */
function lowerAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isWord(s: string, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lowerAt(s, i) !== word.charCodeAt(i)) return false;
  return true;
}

/** 1 = true word, 0 = false word, -1 = neither (exact length, ASCII case-insensitive). */
function wordValue(s: string): number {
  switch (s.length) {
    case 1: {
      const c = lowerAt(s, 0);
      if (c === 116 || c === 121 || c === 49) return 1; // t y 1
      if (c === 102 || c === 110 || c === 48) return 0; // f n 0
      return -1;
    }
    case 2:
      return isWord(s, 'on') ? 1 : isWord(s, 'no') ? 0 : -1;
    case 3:
      return isWord(s, 'yes') ? 1 : isWord(s, 'off') ? 0 : -1;
    case 4:
      return isWord(s, 'true') ? 1 : -1;
    case 5:
      return isWord(s, 'false') ? 0 : -1;
    default:
      return -1;
  }
}

function fromString(s: string): ParseOutcome<boolean> {
  const v = wordValue(s);
  if (v === 1) return TRUE;
  if (v === 0) return FALSE;
  return hasLoneSurrogate(s) ? STRING_UNICODE : BOOL_PARSING;
}

/**
 * Lax boolean: `true`/`false`; numbers 1 and 0 (`-0.0` too); the strings
 * `true t yes y on 1` / `false f no n off 0` in any ASCII case, untrimmed. Other integral
 * numbers with |v| < 2^63 and other strings → `bool_parsing`; everything else → `bool_type`.
 * Never throws.
 */
export function parseLaxBool(input: unknown): ParseOutcome<boolean> {
  switch (typeof input) {
    case 'boolean':
      return input ? TRUE : FALSE;
    case 'number':
      if (input === 1) return TRUE;
      if (input === 0) return FALSE;
      return Number.isInteger(input) && input < TWO_POW_63 && input > -TWO_POW_63 ? BOOL_PARSING : BOOL_TYPE;
    case 'bigint':
      if (input === 1n) return TRUE;
      if (input === 0n) return FALSE;
      return input < 9223372036854775808n && input > -9223372036854775808n ? BOOL_PARSING : BOOL_TYPE;
    case 'string':
      return fromString(input);
    default:
      return BOOL_TYPE;
  }
}

/**
 * `Literal[True]` in lax mode (ForceMetadata.force): `true`, `1` and `1.0` (one JS number)
 * give `true`; anything else, strings included, fails with `literal_error`. Never throws.
 */
export function parseLiteralTrue(input: unknown): ParseOutcome<true> {
  if (input === true || input === 1 || input === 1n) return TRUE as ParseOutcome<true>;
  return LITERAL_TRUE;
}
