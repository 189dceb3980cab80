/**
 * Canonical-form scans for the fast paths of identifier fields: whether a string is already
 * in the exact form its parser would return (a ULID in upper-case Crockford base32, a UUID in
 * lower-case hyphenated hex), checked by one pass over a 128-entry table, allocating nothing.
 * A string that is not (other case, other layout, any non-ASCII unit) takes the full parser.
 */

/** A membership table of ASCII code units: 1 for each unit of `members`. */
function asciiTable(members: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < members.length; i++) table[members.charCodeAt(i)] = 1;
  return table;
}

const CROCKFORD_UPPER = asciiTable('0123456789ABCDEFGHJKMNPQRSTVWXYZ');
const HEX_LOWER = asciiTable('0123456789abcdef');
const HYPHEN = 45;

/** Whether every unit of `s` from `from` (inclusive) to `to` (exclusive) is in `table`. */
function allIn(table: Uint8Array, s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || table[c] === 0) return false;
  }
  return true;
}

/** `s` is a 26-unit ULID in upper-case Crockford base32 (what normalisation returns for a ULID). */
export function isCanonicalUlid(s: string): boolean {
  return s.length === 26 && allIn(CROCKFORD_UPPER, s, 0, 26);
}

/** `s` is a UUID in lower-case hyphenated 8-4-4-4-12 form (what the lax UUID parser returns). */
export function isCanonicalUuid(s: string): boolean {
  return (
    s.length === 36 &&
    s.charCodeAt(8) === HYPHEN &&
    s.charCodeAt(13) === HYPHEN &&
    s.charCodeAt(18) === HYPHEN &&
    s.charCodeAt(23) === HYPHEN &&
    allIn(HEX_LOWER, s, 0, 8) &&
    allIn(HEX_LOWER, s, 9, 13) &&
    allIn(HEX_LOWER, s, 14, 18) &&
    allIn(HEX_LOWER, s, 19, 23) &&
    allIn(HEX_LOWER, s, 24, 36)
  );
}

/**
 * `test` with the last string it accepted remembered: an input equal to it is accepted
 * without the scan (a log repeats its project's UUID and correlation ids on many lines).
 * One instance per field, so each field remembers its own value.
 */
export function rememberingTest(test: (s: string) => boolean): (s: string) => boolean {
  let last: string | null = null;
  return (s) => {
    if (s === last) return true;
    if (!test(s)) return false;
    last = s;
    return true;
  };
}
