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
const TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?$/u;
const OFFSET = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6}))?)?)?$/u;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
    const jan4 = new Date(Date.UTC(year, 0, 4)).getUTCDay() || 7;
    const dec28 = new Date(Date.UTC(year, 11, 28)).getUTCDay() || 7;
    const weeks = jan4 === 4 || dec28 === 4 ? 53 : 52;
    return week >= 1 && week <= weeks ? null : `Invalid week: ${week}`;
  }
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  if (month < 1 || month > 12) return 'month must be in 1..12';
  return day >= 1 && day <= daysIn(year, month) ? null : 'day is out of range for month';
}

function clockError(m: RegExpExecArray): string | null {
  if (Number(m[1]) > 23) return 'hour must be in 0..23';
  if (Number(m[2] ?? 0) > 59) return 'minute must be in 0..59';
  if (Number(m[3] ?? 0) > 59) return 'second must be in 0..59';
  return null;
}

function timeError(text: string): string | null {
  const at = text.search(/[+\-Z]/u);
  const clock = TIME.exec(at < 0 ? text : text.slice(0, at));
  if (clock === null) return BAD;
  if (at >= 0) {
    const rest = text.slice(at);
    if (rest !== 'Z') {
      const m = rest[0] === 'Z' ? null : OFFSET.exec(rest.slice(1));
      if (m === null || Number(m[1]) > 23 || Number(m[2] ?? 0) > 59 || Number(m[3] ?? 0) > 59) return BAD;
    }
  }
  return clockError(clock);
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
