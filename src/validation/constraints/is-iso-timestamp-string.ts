/**
 * A string field checked with Python's `datetime.fromisoformat` before string validation
 * (the reference's `mode="before"` validators of the retrospective terminal payloads): a
 * string input with a trailing `Z` is read as `+00:00`; a string that `fromisoformat`
 * (Python 3.11 grammar) rejects fails with `value_error` / `Value error, Invalid isoformat
 * string: '<input>'`. A non-string input falls through to the string rules (`string_type`).
 * The value is kept as given.
 */
import { pyReprString } from '../../conventions/py-repr';
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { parsePyString, type PyStringOptions } from '../parsers';
import { fail, type ParseOutcome } from '../violation';

export const IS_ISO_TIMESTAMP_STRING = 'isIsoTimestampString';

const DATE = /^(\d{4})(?:-(\d{2})-(\d{2})|(\d{2})(\d{2})|-?W(\d{2})(?:-?([1-7]))?)$/u;
/** A UTC date of the proleptic Gregorian calendar (years below 100 taken literally). */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

function daysIn(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

const BAD = 'bad';

/** `null` when valid, `BAD` for a grammar failure, else Python's range message. */
function dateError(text: string): string | null {
  const m = DATE.exec(text);
  if (m === null) return BAD;
  const year = Number(m[1]);
  if (year < 1) return `year ${year} is out of range`;
  if (m[6] !== undefined) {
    const week = Number(m[6]);
    const jan1 = utcDate(year, 0, 1).getUTCDay();
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const weeks = jan1 === 4 || (jan1 === 3 && leap) ? 53 : 52;
    return week >= 1 && week <= weeks ? null : `Invalid week: ${week}`;
  }
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  if (month < 1 || month > 12) return 'month must be in 1..12';
  return day >= 1 && day <= daysIn(year, month) ? null : 'day is out of range for month';
}

function clockError(hour: string | undefined, minute: string | undefined, second: string | undefined): string | null {
  if (Number(hour) > 23) return 'hour must be in 0..23';
  if (Number(minute ?? 0) > 59) return 'minute must be in 0..59';
  if (Number(second ?? 0) > 59) return 'second must be in 0..59';
  return null;
}

interface Clock {
  readonly parts: readonly number[];
  readonly fraction: string;
}

const isDigitPair = (text: string, at: number): boolean => /^\d{2}$/u.test(text.slice(at, at + 2));

/**
 * CPython 3.11's `HH[:MM[:SS]]` / `HH[MM[SS]]` reader (one separator style): after the last
 * component a fraction `[.,]digits` (also `:digits` after seconds in colon style; digits past
 * the sixth ignored). Before an offset the C reader also swallows one trailing character.
 */
function readClock(text: string, beforeOffset: boolean): Clock | null {
  if (!isDigitPair(text, 0)) return null;
  const parts = [Number(text.slice(0, 2))];
  const colon = text[2] === ':';
  let pos = 2;
  while (parts.length < 3) {
    if (colon && text[pos] === ':' && isDigitPair(text, pos + 1)) {
      parts.push(Number(text.slice(pos + 1, pos + 3)));
      pos += 3;
    } else if (!colon && isDigitPair(text, pos)) {
      parts.push(Number(text.slice(pos, pos + 2)));
      pos += 2;
    } else break;
  }
  if (pos === text.length) return { parts, fraction: '' };
  const c = text[pos]!;
  const rest = text.slice(pos + 1);
  if (parts.length >= 2 && (c === '.' || c === ',' || (colon && c === ':' && parts.length === 3))) {
    if (/^\d+$/u.test(rest)) return { parts, fraction: rest };
    if (rest === '' && beforeOffset) return { parts, fraction: '' };
    return null;
  }
  return beforeOffset && rest === '' ? { parts, fraction: '' } : null;
}

function clockOf(text: string, beforeOffset: boolean): string | null {
  const clock = readClock(text, beforeOffset);
  return clock === null ? BAD : clockError(String(clock.parts[0]), clock.parts[1]?.toString(), clock.parts[2]?.toString());
}

/** Python's `repr(timedelta)` of `micros` microseconds (normalised days/seconds/microseconds). */
function timedeltaRepr(micros: bigint): string {
  const DAY = 86_400_000_000n;
  let days = micros / DAY;
  let rem = micros - days * DAY;
  if (rem < 0n) {
    days -= 1n;
    rem += DAY;
  }
  const parts: string[] = [];
  if (days !== 0n) parts.push(`days=${days}`);
  if (rem / 1_000_000n !== 0n) parts.push(`seconds=${rem / 1_000_000n}`);
  if (rem % 1_000_000n !== 0n) parts.push(`microseconds=${rem % 1_000_000n}`);
  return `datetime.timedelta(${parts.length === 0 ? '0' : parts.join(', ')})`;
}

function offsetError(sign: string, body: string): string | null {
  const clock = readClock(body, false);
  if (clock === null) return BAD;
  const [h = 0, m = 0, sec = 0] = clock.parts;
  const fraction = clock.fraction.slice(0, 6).padEnd(6, '0');
  const micros = (BigInt(h * 3600 + m * 60 + sec) * 1_000_000n + BigInt(fraction)) * (sign === '-' ? -1n : 1n);
  if (micros >= 86_400_000_000n || micros <= -86_400_000_000n) {
    return `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${timedeltaRepr(micros)}.`;
  }
  return null;
}

function timeError(text: string): string | null {
  const at = text.search(/[+\-Z]/u);
  if (at < 0) return clockOf(text, false);
  const rest = text.slice(at);
  const offset = rest === 'Z' ? null : rest[0] === 'Z' ? BAD : offsetError(rest[0]!, rest.slice(1));
  const clock = clockOf(text.slice(0, at), true);
  return clock === BAD || offset === BAD ? BAD : (clock ?? offset);
}

/**
 * Why Python 3.11 `datetime.fromisoformat` rejects `text` (date, any one-character separator,
 * time, offset): `null` when it accepts it.
 */
export function pyIsoformatError(text: string): string | null {
  const own = dateError(text);
  if (own === null) return null;
  const chars = Array.from(text);
  for (const dateLength of [10, 8, 7]) {
    if (chars.length <= dateLength) continue;
    const dateProblem = dateError(chars.slice(0, dateLength).join(''));
    if (dateProblem === BAD) continue;
    const timeProblem = timeError(chars.slice(dateLength + 1).join(''));
    const problem = timeProblem === BAD ? BAD : (dateProblem ?? timeProblem);
    return problem === BAD ? `Invalid isoformat string: ${pyReprString(text)}` : problem;
  }
  return own === BAD ? `Invalid isoformat string: ${pyReprString(text)}` : own;
}

export function parseIsoTimestampString(input: unknown, options: PyStringOptions = {}): ParseOutcome<string> {
  if (typeof input === 'string') {
    const normalized = input.endsWith('Z') ? `${input.slice(0, -1)}+00:00` : input;
    const problem = pyIsoformatError(normalized);
    if (problem !== null) return fail('value_error', `Value error, ${problem}`);
  }
  return parsePyString(input, options);
}

export function isoTimestampStringType(options: PyStringOptions = {}): FieldType<string> {
  const schema: Record<string, unknown> = { type: 'string' };
  if (options.minLength !== undefined) schema['minLength'] = options.minLength;
  return scalarType(IS_ISO_TIMESTAMP_STRING, (input) => parseIsoTimestampString(input, options), schema);
}

export function isIsoTimestampString(value: unknown, options: PyStringOptions = {}): value is string {
  return parseIsoTimestampString(value, options).ok;
}

export function IsIsoTimestampString(options: PyStringOptions = {}, field: FieldDecoratorOptions<string> = {}): PropertyDecorator {
  return fieldDecorator(isoTimestampStringType(options), field);
}
