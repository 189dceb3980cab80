/**
 * The library's datetime value and its lax-mode parser (ENVELOPE.md §2.7, CONVENTIONS.md §4).
 *
 * Why a class of its own: a JS `Date` cannot hold what pydantic keeps (naive vs aware, the
 * input's offset, microseconds), so every datetime field of the library is a `PyDateTime`.
 * All arithmetic is integer day/second arithmetic (days-from-civil), never `Date`, so years
 * 1–9999 and microseconds are exact. The string parser is a hand-written scanner over char
 * codes: the common `2026-01-26T10:00:00Z` allocates nothing but the result.
 */

import { fail, ok, type ParseFailure, type ParseOutcome } from '../violation';
import { hasLoneSurrogate, utf8Head } from './text';

const SECONDS_PER_DAY = 86400;
/** 0000-01-01T00:00:00Z as Unix seconds (proleptic Gregorian). */
const YEAR0_START = -62167219200;
/** 0001-01-01T00:00:00Z as Unix seconds. */
const YEAR1_START = -62135596800;
/** 10000-01-01T00:00:00Z as Unix seconds (first second not representable). */
const YEAR10000_START = 253402300800;
/** Timestamps with a magnitude above this are milliseconds (pydantic/speedate). */
const MS_WATERSHED = 2e10;

const MSG_BEFORE = 'dates before 0000 are not supported as unix timestamps';
const MSG_AFTER = 'dates after 9999 are not supported as unix timestamps';
const MSG_YEAR0 = 'year 0 is out of range';

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m];
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Builds an aware UTC value from whole Unix seconds (already range-checked) and µs. */
function utcFromSeconds(sec: number, micro: number): PyDateTime {
  const days = Math.floor(sec / SECONDS_PER_DAY);
  const sod = sec - days * SECONDS_PER_DAY;
  // civil_from_days
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(sod / 3600);
  const minute = Math.floor((sod - hour * 3600) / 60);
  const second = sod - hour * 3600 - minute * 60;
  return new PyDateTime(year, month, day, hour, minute, second, micro, 0);
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + String(i));

function pad4(n: number): string {
  if (n >= 1000) return String(n);
  if (n >= 100) return '0' + String(n);
  if (n >= 10) return '00' + String(n);
  return '000' + String(n);
}

function pad6(n: number): string {
  const s = String(n);
  return '000000'.slice(s.length) + s;
}

function isInt(v: number, lo: number, hi: number): boolean {
  return Number.isInteger(v) && v >= lo && v <= hi;
}

/**
 * A Python `datetime`: naive (`offsetMinutes === null`) or aware with a whole-minute offset
 * in −23:59…+23:59; microsecond precision; years 1–9999 (ENVELOPE.md §2.7.1). Immutable.
 */
export class PyDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  /** Offset from UTC in minutes; `null` for a naive value. */
  readonly offsetMinutes: number | null;
  // Lazily cached renderings (private fields stay writable on a frozen instance).
  #iso: string | undefined;
  #json: string | undefined;

  /** Throws `RangeError` for a field out of range (Python's `ValueError`, CONVENTIONS.md §8). */
  constructor(
    year: number,
    month: number,
    day: number,
    hour = 0,
    minute = 0,
    second = 0,
    microsecond = 0,
    offsetMinutes: number | null = null,
  ) {
    if (!isInt(year, 1, 9999)) throw new RangeError(`year ${String(year)} is out of range`);
    if (!isInt(month, 1, 12)) throw new RangeError('month must be in 1..12');
    if (!isInt(day, 1, daysInMonth(year, month))) throw new RangeError('day is out of range for month');
    if (!isInt(hour, 0, 23)) throw new RangeError('hour must be in 0..23');
    if (!isInt(minute, 0, 59)) throw new RangeError('minute must be in 0..59');
    if (!isInt(second, 0, 59)) throw new RangeError('second must be in 0..59');
    if (!isInt(microsecond, 0, 999999)) throw new RangeError('microsecond must be in 0..999999');
    if (offsetMinutes !== null && !isInt(offsetMinutes, -1439, 1439)) {
      throw new RangeError('offset must be a whole number of minutes strictly between -24:00 and +24:00');
    }
    // `+ 0` turns a -0 into 0 so renderings never see it.
    this.year = year + 0;
    this.month = month + 0;
    this.day = day + 0;
    this.hour = hour + 0;
    this.minute = minute + 0;
    this.second = second + 0;
    this.microsecond = microsecond + 0;
    this.offsetMinutes = offsetMinutes === null ? null : offsetMinutes + 0;
    Object.freeze(this);
  }

  /** A JS `Date` as an aware UTC value with millisecond precision (ENVELOPE.md §2.7.7). */
  static fromDate(d: Date): PyDateTime {
    const r = dateToPy(d);
    if (r instanceof PyDateTime) return r;
    throw new RangeError(r === DATETIME_TYPE ? 'Invalid Date' : r.msg);
  }

  /** True for an aware value. */
  get isAware(): boolean {
    return this.offsetMinutes !== null;
  }

  /** Python `isoformat()` (CONVENTIONS.md §4.2); zero offset as `+00:00`. */
  isoText(): string {
    let s = this.#iso;
    if (s === undefined) {
      s =
        pad4(this.year) +
        '-' +
        TWO_DIGITS[this.month] +
        '-' +
        TWO_DIGITS[this.day] +
        'T' +
        TWO_DIGITS[this.hour] +
        ':' +
        TWO_DIGITS[this.minute] +
        ':' +
        TWO_DIGITS[this.second];
      if (this.microsecond !== 0) s += '.' + pad6(this.microsecond);
      const off = this.offsetMinutes;
      if (off !== null) {
        const a = off < 0 ? -off : off;
        s += (off < 0 ? '-' : '+') + TWO_DIGITS[Math.floor(a / 60)] + ':' + TWO_DIGITS[a % 60];
      }
      this.#iso = s;
    }
    return s;
  }

  /** `toDict()` text (CONVENTIONS.md §4.3): isoText with a zero offset written `Z`. */
  jsonTs(): string {
    let s = this.#json;
    if (s === undefined) {
      s = this.isoText();
      if (this.offsetMinutes === 0) s = s.slice(0, -6) + 'Z';
      this.#json = s;
    }
    return s;
  }

  toString(): string {
    return this.isoText();
  }

  toJSON(): string {
    return this.jsonTs();
  }

  /**
   * Python `==`: two aware values are equal when they denote the same instant; a naive and
   * an aware value are never equal; two naive values are equal when all fields are.
   */
  equals(other: unknown): boolean {
    if (!(other instanceof PyDateTime)) return false;
    if (this.offsetMinutes === null || other.offsetMinutes === null) {
      return (
        this.offsetMinutes === null &&
        other.offsetMinutes === null &&
        this.year === other.year &&
        this.month === other.month &&
        this.day === other.day &&
        this.hour === other.hour &&
        this.minute === other.minute &&
        this.second === other.second &&
        this.microsecond === other.microsecond
      );
    }
    return this.utcSeconds() === other.utcSeconds() && this.microsecond === other.microsecond;
  }

  /**
   * Whole Unix seconds of the value (the offset applied; a naive value is read as UTC).
   * Exact: |result| < 2^39.
   */
  utcSeconds(): number {
    return (
      daysFromCivil(this.year, this.month, this.day) * SECONDS_PER_DAY +
      this.hour * 3600 +
      this.minute * 60 +
      this.second -
      (this.offsetMinutes ?? 0) * 60
    );
  }

  /**
   * The instant as a JS `Date` (the offset applied; a naive value is read as UTC, as
   * `utcSeconds()`). `Date` holds milliseconds: the microseconds are truncated toward the past
   * (`.999999` → `.999`). Every PyDateTime fits (years 1–9999); a new `Date` each call.
   */
  toDate(): Date {
    return new Date(this.utcSeconds() * 1000 + Math.floor(this.microsecond / 1000));
  }
}

/** Free-function form of `t.isoText()` (CONVENTIONS.md §4.2). */
export function isoText(t: PyDateTime): string {
  return t.isoText();
}

/** Free-function form of `t.jsonTs()` (CONVENTIONS.md §4.3). */
export function jsonTs(t: PyDateTime): string {
  return t.jsonTs();
}

// ---------------------------------------------------------------------------------------
// Failures

const DATETIME_TYPE = Object.freeze(fail('datetime_type', 'Input should be a valid datetime'));
const STRING_UNICODE = Object.freeze(
  fail('string_unicode', 'Input should be a valid string, unable to parse raw data as a unicode string'),
);

function parsingFail(detail: string): ParseFailure {
  return fail('datetime_parsing', `Input should be a valid datetime, ${detail}`, { error: detail });
}

function fromDateFail(detail: string): ParseFailure {
  return fail('datetime_from_date_parsing', `Input should be a valid datetime or date, ${detail}`, { error: detail });
}

// ---------------------------------------------------------------------------------------
// Unix timestamps (ENVELOPE.md §2.7.4)

const RANGE_BEFORE = 1;
const RANGE_YEAR0 = 2;
const RANGE_AFTER = 3;

function rangeDetail(code: number): string {
  return code === RANGE_BEFORE ? MSG_BEFORE : code === RANGE_YEAR0 ? MSG_YEAR0 : MSG_AFTER;
}

/**
 * Whole Unix seconds plus microseconds (≥ 0, carried into the seconds) → the value, or a
 * RANGE_* code when outside 0001-01-01 … 9999-12-31T23:59:59.999999 UTC.
 */
function fromUnixSeconds(sec: number, micro: number): PyDateTime | number {
  if (micro >= 1000000) {
    sec += Math.floor(micro / 1000000);
    micro %= 1000000;
  }
  if (!(sec >= YEAR0_START)) return RANGE_BEFORE; // also catches NaN from ±Infinity arithmetic
  if (sec < YEAR1_START) return RANGE_YEAR0;
  if (sec >= YEAR10000_START) return RANGE_AFTER;
  return utcFromSeconds(sec + 0, micro);
}

/**
 * speedate's `from_timestamp(i, extraMicro)`: the integer `i` goes through the unit rule
 * (|i| > 2×10^10 → milliseconds, floor semantics), `extraMicro` (≥ 0) is added with carry,
 * then the range is checked. Returns the value or a RANGE_* code.
 */
function fromIntTimestamp(i: number, extraMicro: number): PyDateTime | number {
  if (Math.abs(i) > MS_WATERSHED) {
    const sec = Math.floor(i / 1000);
    return fromUnixSeconds(sec, (i - sec * 1000) * 1000 + extraMicro);
  }
  return fromUnixSeconds(i, extraMicro);
}

/** A JSON number (or any JS number) as a timestamp, with the mirrored-fraction quirk. */
function fromNumber(v: number): ParseOutcome<PyDateTime> {
  if (Number.isNaN(v)) return parsingFail('NaN values not permitted');
  if (v === Infinity) return parsingFail(MSG_AFTER);
  if (v === -Infinity) return parsingFail(MSG_BEFORE);
  const f = Math.abs(v - Math.trunc(v));
  const extra = Math.abs(v) > MS_WATERSHED ? Math.round(f * 1000) : Math.round(f * 1e6);
  const r = fromIntTimestamp(Math.floor(v), extra);
  return typeof r === 'number' ? parsingFail(rangeDetail(r)) : ok(r);
}

function fromBigInt(v: bigint): ParseOutcome<PyDateTime> {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return fromNumber(Number(v));
  return parsingFail(v < 0n ? MSG_BEFORE : MSG_AFTER);
}

function dateToPy(d: Date): PyDateTime | ParseFailure {
  const t = d.getTime();
  if (Number.isNaN(t)) return DATETIME_TYPE; // an Invalid Date holds no datetime at all
  const sec = Math.floor(t / 1000);
  const r = fromUnixSeconds(sec, (t - sec * 1000) * 1000);
  return typeof r === 'number' ? parsingFail(rangeDetail(r)) : r;
}

const INT_FORM = /^[+-]?[0-9]+$/;
const DECIMAL_FORM = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/**
 * The integer an integer-form string denotes to speedate, or null when it is not a number
 * there: the magnitude's digits accumulate in a wrapping signed 64-bit integer, and the string
 * is not numeric once that accumulator turns negative (so `-9223372036854775808` is not a
 * number, and `18446744073709551616` wraps to 0). The sign is applied last. Linear.
 */
function speedateInteger(s: string): number | null {
  const c0 = s.charCodeAt(0);
  let first = c0 === 43 || c0 === 45 ? 1 : 0;
  while (first < s.length - 1 && s.charCodeAt(first) === 48) first++;
  let magnitude: number;
  if (s.length - first <= 15) {
    magnitude = Number(s.slice(first)); // below 2^53: exact, no wrap possible
  } else {
    let acc = 0n;
    for (let i = first; i < s.length; i++) {
      acc = BigInt.asIntN(64, acc * 10n + BigInt(s.charCodeAt(i) - 48));
      if (acc < 0n) return null;
    }
    magnitude = Number(acc);
  }
  return c0 === 45 ? -magnitude : magnitude;
}

/**
 * Integer-form and decimal-form strings (ENVELOPE.md §2.7.4). Returns `null` when the string
 * is not numeric, so the caller falls back to the date diagnostic.
 */
function fromNumericString(s: string): ParseOutcome<PyDateTime> | null {
  const c0 = s.charCodeAt(0);
  // Quick reject: a numeric form starts with a digit, a sign or a dot.
  if (!((c0 >= 48 && c0 <= 57) || c0 === 43 || c0 === 45 || c0 === 46)) return null;
  if (INT_FORM.test(s)) {
    const v = speedateInteger(s);
    if (v === null) return null;
    const r = fromIntTimestamp(v + 0, 0);
    if (typeof r !== 'number') return ok(r);
    return r === RANGE_YEAR0 ? parsingFail(MSG_YEAR0) : fromDateFail(rangeDetail(r));
  }
  if (s.includes('.') && DECIMAL_FORM.test(s)) {
    let v = Number(s);
    if (!Number.isFinite(v)) return null;
    if (Math.abs(v) > MS_WATERSHED) v /= 1000;
    const i = Math.floor(v);
    const r = fromIntTimestamp(i + 0, Math.round((v - i) * 1e6));
    if (typeof r !== 'number') return ok(r);
    return r === RANGE_YEAR0 ? parsingFail(MSG_YEAR0) : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// RFC 3339-like strings (ENVELOPE.md §2.7.2)

const NOT_GRAMMAR = 0;
const BAD_RANGE = 1;
const IS_YEAR0 = 2;

/** U+2212 MINUS SIGN: speedate reads it as `-` in a UTC offset (and nowhere else). */
const MINUS_SIGN = 0x2212;

/** Two ASCII digits at i, i+1 (caller guarantees i + 1 < length), else -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/**
 * Scans the string grammar of §2.7.2 and checks the ranges. Returns the value, or NOT_GRAMMAR,
 * BAD_RANGE (grammar ok, a field out of range) or IS_YEAR0 (valid except for year 0).
 */
function scanIso(s: string): PyDateTime | number {
  const n = s.length;
  if (n < 10) return NOT_GRAMMAR;
  const y1 = digits2(s, 0);
  const y2 = digits2(s, 2);
  if (y1 < 0 || y2 < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NOT_GRAMMAR;
  const month = digits2(s, 5);
  const day = digits2(s, 8);
  if (month < 0 || day < 0) return NOT_GRAMMAR;
  const year = y1 * 100 + y2;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let micro = 0;
  let offset: number | null = null;
  let badRange = false;
  if (n > 10) {
    const sep = s.charCodeAt(10);
    // 'T', 't', ' ', '_'
    if (sep !== 84 && sep !== 116 && sep !== 32 && sep !== 95) return NOT_GRAMMAR;
    if (n < 16 || s.charCodeAt(13) !== 58) return NOT_GRAMMAR;
    hour = digits2(s, 11);
    minute = digits2(s, 14);
    if (hour < 0 || minute < 0) return NOT_GRAMMAR;
    let pos = 16;
    if (pos < n && s.charCodeAt(pos) === 58) {
      if (pos + 3 > n) return NOT_GRAMMAR;
      second = digits2(s, pos + 1);
      if (second < 0) return NOT_GRAMMAR;
      pos += 3;
      if (pos < n) {
        const dot = s.charCodeAt(pos);
        if (dot === 46 || dot === 44) {
          pos++;
          const start = pos;
          while (pos < n) {
            const d = s.charCodeAt(pos) - 48;
            if (d < 0 || d > 9) break;
            if (pos - start < 6) micro = micro * 10 + d;
            pos++;
          }
          const count = pos - start;
          if (count === 0) return NOT_GRAMMAR;
          for (let k = count; k < 6; k++) micro *= 10;
        }
      }
    }
    if (pos < n) {
      const c = s.charCodeAt(pos);
      if (c === 90 || c === 122) {
        if (pos + 1 !== n) return NOT_GRAMMAR;
        offset = 0;
      } else if (c === 43 || c === 45 || c === MINUS_SIGN) {
        if (pos + 3 > n) return NOT_GRAMMAR;
        const th = digits2(s, pos + 1);
        if (th < 0) return NOT_GRAMMAR;
        let p = pos + 3;
        if (p < n && s.charCodeAt(p) === 58) p++;
        if (p + 2 !== n) return NOT_GRAMMAR;
        const tm = digits2(s, p);
        if (tm < 0) return NOT_GRAMMAR;
        if (th > 23 || tm > 59) badRange = true;
        const mag = th * 60 + tm;
        offset = c === 43 ? mag : -mag;
      } else {
        return NOT_GRAMMAR;
      }
    }
  }
  if (
    badRange ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return BAD_RANGE;
  }
  if (year === 0) return IS_YEAR0;
  return new PyDateTime(year, month, day, hour, minute, second, micro, offset === null ? null : offset + 0);
}

function isDigitByte(b: number): boolean {
  return b >= 48 && b <= 57;
}

/**
 * The `{diagnostic}` of ENVELOPE.md §2.7.5: the whole string re-read as a bare date over its
 * UTF-8 bytes, first failing step wins.
 */
export function dateDiagnostic(s: string): string {
  const b = utf8Head(s, 10);
  if (b.length < 10) return 'input is too short';
  if (!(isDigitByte(b[0]) && isDigitByte(b[1]) && isDigitByte(b[2]) && isDigitByte(b[3]))) {
    return 'invalid character in year';
  }
  if (b[4] !== 45) return 'invalid date separator, expected `-`';
  if (!(isDigitByte(b[5]) && isDigitByte(b[6]))) return 'invalid character in month';
  if (b[7] !== 45) return 'invalid date separator, expected `-`';
  if (!(isDigitByte(b[8]) && isDigitByte(b[9]))) return 'invalid character in day';
  const year = (b[0] - 48) * 1000 + (b[1] - 48) * 100 + (b[2] - 48) * 10 + (b[3] - 48);
  const month = (b[5] - 48) * 10 + (b[6] - 48);
  const day = (b[8] - 48) * 10 + (b[9] - 48);
  if (month < 1 || month > 12) return 'month value is outside expected range of 1-12';
  if (day < 1 || day > daysInMonth(year, month)) return 'day value is outside expected range';
  // Step 9. (A valid 10-byte date never gets here: the grammar accepts it.)
  return 'unexpected extra characters at the end of the input';
}

function fromString(s: string): ParseOutcome<PyDateTime> {
  const r = scanIso(s);
  if (typeof r !== 'number') return ok(r);
  if (r === IS_YEAR0) return parsingFail(MSG_YEAR0);
  if (r === NOT_GRAMMAR) {
    // A grammar match is pure ASCII, so the surrogate check is only needed off the fast path.
    if (hasLoneSurrogate(s)) return STRING_UNICODE;
    const num = fromNumericString(s);
    if (num !== null) return num;
  }
  return fromDateFail(dateDiagnostic(s));
}

/**
 * Lax-mode datetime parsing of pydantic (ENVELOPE.md §2.7.2–§2.7.5): strings (grammar,
 * integer-form and decimal-form timestamps), JSON numbers (Unix time, seconds or
 * milliseconds), an existing `PyDateTime` (as is) and a JS `Date` (aware UTC, §2.7.7).
 * Never throws.
 */
export function parsePyDateTime(input: unknown): ParseOutcome<PyDateTime> {
  switch (typeof input) {
    case 'string':
      return fromString(input);
    case 'number':
      return fromNumber(input);
    case 'bigint':
      return fromBigInt(input);
    case 'object':
      if (input === null) return DATETIME_TYPE;
      try {
        if (input instanceof PyDateTime) return ok(input);
        if (input instanceof Date) {
          const r = dateToPy(input);
          return r instanceof PyDateTime ? ok(r) : r;
        }
      } catch {
        // exotic objects (e.g. a Proxy with a throwing trap) are simply not datetimes
      }
      return DATETIME_TYPE;
    default:
      return DATETIME_TYPE;
  }
}
