/**
 * pydantic's lax `float` (bounded with `ge` / `le`): finite and non-finite numbers, booleans
 * (1.0 / 0.0), bigints, and number strings as pydantic-core reads them (surrounding Unicode
 * whitespace trimmed, an optional sign, decimal digits with single `_` between digits, an
 * optional fraction and exponent, or `inf` / `infinity` / `nan` in any case). Then `le`, then
 * `ge` (pydantic-core's order; NaN fails the first bound it meets). Never throws.
 */
import { fail, ok, type ParseFailure, type ParseOutcome } from '../violation';
import { hasLoneSurrogate } from './text';

export interface LaxFloatBounds {
  readonly ge?: number;
  readonly le?: number;
}

const FLOAT_TYPE = Object.freeze(fail('float_type', 'Input should be a valid number'));
const FLOAT_PARSING = Object.freeze(fail('float_parsing', 'Input should be a valid number, unable to parse string as a number'));
const STRING_UNICODE = Object.freeze(
  fail('string_unicode', 'Input should be a valid string, unable to parse raw data as a unicode string'),
);

/** Digits with single underscores between them; optional fraction and exponent (linear, no backtracking blow-up). */
const DECIMAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** The Unicode White_Space property (intTrimSet, CONVENTIONS.md §5.2). */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Trims White_Space at both ends in one linear pass. */
function trimWhiteSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isWhiteSpace(s.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** The number a float string stands for, or the parse failure. */
export function parseFloatString(input: string): number | ParseFailure {
  const text = trimWhiteSpace(input);
  const special = SPECIAL.exec(text);
  if (special !== null) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!DECIMAL.test(text)) return FLOAT_PARSING;
  return Number(text.includes('_') ? text.split('_').join('') : text);
}

function checkBounds(value: number, bounds: LaxFloatBounds | undefined): ParseOutcome<number> {
  if (bounds !== undefined) {
    const { ge, le } = bounds;
    if (le !== undefined && !(value <= le)) return fail('less_than_equal', `Input should be less than or equal to ${le}`, { le });
    if (ge !== undefined && !(value >= ge)) return fail('greater_than_equal', `Input should be greater than or equal to ${ge}`, { ge });
  }
  return ok(value);
}

export function parseLaxFloat(input: unknown, bounds?: LaxFloatBounds): ParseOutcome<number> {
  switch (typeof input) {
    case 'number':
      return checkBounds(input, bounds);
    case 'boolean':
      return checkBounds(input ? 1 : 0, bounds);
    case 'bigint':
      return checkBounds(Number(input), bounds);
    case 'string': {
      if (hasLoneSurrogate(input)) return STRING_UNICODE;
      const value = parseFloatString(input);
      return typeof value === 'number' ? checkBounds(value, bounds) : value;
    }
    default:
      return FLOAT_TYPE;
  }
}
