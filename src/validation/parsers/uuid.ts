/**
 * pydantic's lax `UUID` (ENVELOPE.md §2.8).
 *
 * Why hand-written: pydantic delegates to the Rust `uuid` crate, whose four accepted shapes
 * (simple, hyphenated, braced, `urn:uuid:`) are selected by UTF-8 byte length, and whose
 * error detail (`invalid character: found …`, `invalid group length …`) is computed by a
 * separate scan with its own quirks (§2.8 steps 0–6). The valid path is one regex test.
 */

import { fail, ok, type ParseFailure, type ParseOutcome } from '../violation';
import { hasLoneSurrogate, utf8Length } from './text';

const UUID_TYPE = Object.freeze(fail('uuid_type', 'UUID input should be a string, bytes or UUID object'));
const STRING_UNICODE = Object.freeze(
  fail('string_unicode', 'Input should be a valid string, unable to parse raw data as a unicode string'),
);

// ASCII-only classes: without the `u` flag, `i` folds only ASCII letters here.
const HYPHENATED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BRACED = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;
const URN_BODY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SIMPLE = /^[0-9a-f]{32}$/i;
const HAS_UPPER = /[A-F]/;

function lower(s: string): string {
  return HAS_UPPER.test(s) ? s.toLowerCase() : s;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const HYPHEN_AT = [8, 13, 18, 23];
const GROUP_LEN = [8, 4, 4, 4];
const GROUP_START = [0, 9, 14, 19];

/** Steps 1–6 of §2.8 for `whole` taken as the entire input. */
function detailOf(whole: string): string {
  let inner = whole;
  let offset = 0;
  let simple = true;
  if (whole.length >= 2 && whole.charCodeAt(0) === 123 && whole.charCodeAt(whole.length - 1) === 125) {
    inner = whole.slice(1, -1);
    offset = 1;
    simple = false;
  } else if (whole.startsWith('urn:uuid:')) {
    inner = whole.slice(9);
    offset = 9;
    simple = false;
  }
  let hyphens = 0;
  const at: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (c === 45) {
      if (hyphens < 4) at.push(i);
      hyphens++;
    } else if (!isHex(c)) {
      // Every earlier char is ASCII, so the UTF-16 index equals the UTF-8 byte index.
      const ch = String.fromCodePoint(inner.codePointAt(i) as number);
      return `invalid character: found \`${ch}\` at ${i + offset + 1}`;
    }
  }
  // From here on the string is pure ASCII: lengths in chars equal lengths in bytes.
  if (hyphens === 0 && simple) return `invalid length: expected length 32 for simple format, found ${whole.length}`;
  if (hyphens !== 4) return `invalid group count: expected 5, found ${hyphens + 1}`;
  for (let k = 0; k < 4; k++) {
    if (at[k] !== HYPHEN_AT[k]) {
      return `invalid group length in group ${k}: expected ${GROUP_LEN[k]}, found ${at[k] - GROUP_START[k]}`;
    }
  }
  return `invalid group length in group 4: expected 12, found ${whole.length - 24}`;
}

/** The `{detail}` of a rejected UUID string (§2.8, step 0 then steps 1–6). */
export function uuidErrorDetail(s: string): string {
  const bytes = utf8Length(s);
  if (bytes === 38 && s.charCodeAt(0) === 123 && s.charCodeAt(s.length - 1) === 125) return detailOf(s.slice(1, -1));
  if (bytes === 45 && s.startsWith('urn:uuid:')) return detailOf(s.slice(9));
  return detailOf(s);
}

function parsingFail(s: string): ParseFailure {
  const detail = uuidErrorDetail(s);
  return fail('uuid_parsing', `Input should be a valid UUID, ${detail}`, { error: detail });
}

function hyphenate(h: string): string {
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Lax UUID: 32 hex digits, hyphenated 8-4-4-4-12, `{hyphenated}` or `urn:uuid:hyphenated`
 * (hex case-insensitive, no version/variant check) → lowercase hyphenated text. Never throws.
 */
export function parseUuid(input: unknown): ParseOutcome<string> {
  if (typeof input !== 'string') return UUID_TYPE;
  switch (input.length) {
    case 36:
      if (HYPHENATED.test(input)) return ok(lower(input));
      break;
    case 32:
      if (SIMPLE.test(input)) return ok(hyphenate(lower(input)));
      break;
    case 38:
      if (BRACED.test(input)) return ok(lower(input.slice(1, 37)));
      break;
    case 45:
      if (input.startsWith('urn:uuid:')) {
        const body = input.slice(9);
        if (URN_BODY.test(body)) return ok(lower(body));
      }
      break;
    default:
      break;
  }
  if (hasLoneSurrogate(input)) return STRING_UNICODE;
  return parsingFail(input);
}
