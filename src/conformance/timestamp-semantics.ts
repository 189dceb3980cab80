/**
 * The executable timestamp-semantics check (reference `conformance/timestamp_semantics.py`):
 * an envelope's `timestamp` is the producer's occurrence time, and a consumer must persist it
 * unchanged — never a receipt, import, drain or replay time. `assertProducerOccurrencePreserved`
 * proves it in one test; `loadTimestampSemanticsFixture` reads the committed fixtures.
 */
import { getOwn, pyRepr } from '../conventions';
import { PyDateTime, parsePyDateTime } from '../validation/parsers';
import { fileNotFound } from './fixture-tree';
import { PACKAGE_FIXTURES } from './fixtures';

/** A moment as callers hold it: a `PyDateTime` (what models parse to) or a JS `Date`. */
export type OccurrenceTime = PyDateTime | Date;

/** An envelope dict (parsed JSON) or a model instance carrying a `timestamp` (an `Event`). */
export type EnvelopeWithTimestamp = Readonly<Record<string, unknown>> | { readonly timestamp: OccurrenceTime };

/** Thrown when a consumer persisted another time than the producer's `timestamp`. */
export class TimestampSubstitutionError extends Error {
  /** The consumer field or column under check. */
  readonly fieldName: string;
  /** The producer occurrence time (UTC). */
  readonly expected: PyDateTime;
  /** What the consumer persisted (UTC). */
  readonly actual: PyDateTime;

  constructor(fieldName: string, expected: PyDateTime, actual: PyDateTime) {
    super(
      `Canonical producer occurrence time was not preserved. Field ${pyRepr(fieldName)}: expected=${expected.isoText()} ` +
        `actual=${actual.isoText()}. The canonical envelope 'timestamp' is producer occurrence time and MUST NOT be replaced ` +
        'with receipt/import/server time. See kitty-specs/teamspace-event-contract-foundation-01KQHDE4/data-model.md ' +
        '(Timestamp Semantics).',
    );
    this.name = 'TimestampSubstitutionError';
    this.fieldName = fieldName;
    this.expected = expected;
    this.actual = actual;
  }
}

/** The same instant as an aware UTC value; a naive value is read as UTC (the contract's rule). */
function toUtc(value: OccurrenceTime): PyDateTime {
  const moment = value instanceof Date ? PyDateTime.fromDate(value) : value;
  if (moment.offsetMinutes === 0) return moment;
  const at = new Date(moment.utcSeconds() * 1000);
  return new PyDateTime(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), moment.microsecond, 0);
}

function isOccurrenceTime(value: unknown): value is OccurrenceTime {
  return value instanceof PyDateTime || value instanceof Date;
}

/** The envelope's `timestamp`: a PyDateTime, a Date or an ISO 8601 text (a trailing `Z` allowed). */
function envelopeTimestamp(envelope: EnvelopeWithTimestamp): PyDateTime {
  if (typeof envelope !== 'object' || envelope === null) throw new TypeError('envelope must be a mapping or an Event');
  const raw = getOwn(envelope, 'timestamp');
  if (raw === undefined) throw new RangeError(pyRepr('timestamp'));
  if (isOccurrenceTime(raw)) return toUtc(raw);
  if (typeof raw === 'string') {
    const parsed = parsePyDateTime(raw);
    if (!parsed.ok) throw new RangeError(`Invalid isoformat string: ${pyRepr(raw)}`);
    return toUtc(parsed.value);
  }
  const typeName = raw === null ? 'NoneType' : Array.isArray(raw) ? 'list' : typeof raw === 'number' ? (Number.isInteger(raw) ? 'int' : 'float') : typeof raw === 'boolean' ? 'bool' : typeof raw === 'object' ? 'dict' : typeof raw;
  throw new TypeError(`envelope['timestamp'] must be a datetime or ISO-8601 string; got ${typeName}`);
}

export interface OccurrenceCheckOptions {
  /** The consumer field or column under check, named in the error; default `persisted_occurrence_time`. */
  readonly fieldName?: string;
}

/**
 * Throws `TimestampSubstitutionError` unless `persistedOccurrenceTime` is the envelope's
 * producer `timestamp` (both compared in UTC; naive values read as UTC). No I/O, no side
 * effect. An envelope without `timestamp` throws `RangeError` `'timestamp'`; one whose
 * `timestamp` is neither a moment nor a text throws `TypeError`.
 */
export function assertProducerOccurrencePreserved(
  envelope: EnvelopeWithTimestamp,
  persistedOccurrenceTime: OccurrenceTime,
  options: OccurrenceCheckOptions = {},
): void {
  const expected = envelopeTimestamp(envelope);
  const actual = toUtc(persistedOccurrenceTime);
  if (!expected.equals(actual)) throw new TimestampSubstitutionError(options.fieldName ?? 'persisted_occurrence_time', expected, actual);
}

/** Which folder of `fixtures/timestamp_semantics/` to read. */
export type TimestampExpectation = 'valid' | 'invalid';

/**
 * A committed timestamp-semantics fixture by bare name (e.g. `'old_producer_recent_receipt'`),
 * parsed. An `expectation` other than `'valid'`/`'invalid'` throws `RangeError`
 * `expectation must be 'valid' or 'invalid'; got '…'`; an unknown name throws (code ENOENT).
 */
export function loadTimestampSemanticsFixture(name: string, options: { readonly expectation: TimestampExpectation }): Record<string, unknown> {
  const expectation: unknown = options.expectation;
  if (expectation !== 'valid' && expectation !== 'invalid') {
    throw new RangeError(`expectation must be 'valid' or 'invalid'; got ${pyRepr(expectation)}`);
  }
  const rel = `timestamp_semantics/${expectation}/${String(name)}.json`;
  // A name is a bare file name: no folder parts, so nothing outside the fixture folder is read.
  const text = typeof name !== 'string' || name.includes('/') || name.includes('\\') || name === '..' ? undefined : PACKAGE_FIXTURES.read(rel);
  if (text === undefined) throw fileNotFound(`No such file or directory: ${pyRepr(PACKAGE_FIXTURES.describe(rel))}`);
  return JSON.parse(text) as Record<string, unknown>;
}
