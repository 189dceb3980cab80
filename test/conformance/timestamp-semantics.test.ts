/** The timestamp-semantics helpers against the reference's three committed fixtures. */
import {
  TimestampSubstitutionError,
  assertProducerOccurrencePreserved,
  loadTimestampSemanticsFixture,
} from '../../src/conformance/timestamp-semantics';
import { PyDateTime, parsePyDateTime } from '../../src/validation/parsers';

const moment = (text: string): PyDateTime => {
  const parsed = parsePyDateTime(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

interface Fixture {
  readonly envelope: Record<string, unknown>;
  readonly consumer_simulation: { readonly persisted_occurrence_time: string };
}

describe('loadTimestampSemanticsFixture', () => {
  it.each([
    ['old_producer_recent_receipt', 'valid'],
    ['live_event_producer_equals_receipt', 'valid'],
    ['consumer_substituted_receipt_time', 'invalid'],
  ] as const)('%s (%s) holds an envelope and a consumer simulation', (name, expectation) => {
    const fixture = loadTimestampSemanticsFixture(name, { expectation });
    expect(fixture['expectation']).toBe(expectation);
    const { envelope, consumer_simulation: simulation } = fixture as unknown as Fixture;
    const persisted = moment(simulation.persisted_occurrence_time);
    if (expectation === 'valid') expect(() => assertProducerOccurrencePreserved(envelope, persisted)).not.toThrow();
    else expect(() => assertProducerOccurrencePreserved(envelope, persisted)).toThrow(TimestampSubstitutionError);
  });

  it('rejects another expectation and an unknown or path-like name', () => {
    expect(() => loadTimestampSemanticsFixture('x', { expectation: 'maybe' as 'valid' })).toThrow(new RangeError("expectation must be 'valid' or 'invalid'; got 'maybe'"));
    expect(() => loadTimestampSemanticsFixture('nope', { expectation: 'valid' })).toThrow(expect.objectContaining({ code: 'ENOENT' }) as Error);
    expect(() => loadTimestampSemanticsFixture('../invalid/consumer_substituted_receipt_time', { expectation: 'valid' })).toThrow(
      expect.objectContaining({ code: 'ENOENT' }) as Error,
    );
  });
});

describe('assertProducerOccurrencePreserved', () => {
  const envelope = { timestamp: '2026-01-01T00:00:00Z' };

  it('compares in UTC: offsets, Z, Date and naive values (read as UTC)', () => {
    expect(() => assertProducerOccurrencePreserved(envelope, moment('2026-01-01T02:00:00+02:00'))).not.toThrow();
    expect(() => assertProducerOccurrencePreserved(envelope, new Date('2026-01-01T00:00:00Z'))).not.toThrow();
    expect(() => assertProducerOccurrencePreserved(envelope, moment('2026-01-01T00:00:00'))).not.toThrow();
    expect(() => assertProducerOccurrencePreserved({ timestamp: moment('2025-12-31T19:00:00-05:00') }, moment('2026-01-01T00:00:00'))).not.toThrow();
  });

  it('a microsecond apart is a substitution', () => {
    expect(() => assertProducerOccurrencePreserved(envelope, moment('2026-01-01T00:00:00.000001Z'))).toThrow(TimestampSubstitutionError);
  });

  it('the error names the field and both UTC times, in the reference wording', () => {
    let caught: unknown;
    try {
      assertProducerOccurrencePreserved(envelope, moment('2026-05-15T12:00:00+02:00'), { fieldName: 'occurred_at' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TimestampSubstitutionError);
    const error = caught as TimestampSubstitutionError;
    expect(error.name).toBe('TimestampSubstitutionError');
    expect(error.fieldName).toBe('occurred_at');
    expect(error.expected.isoText()).toBe('2026-01-01T00:00:00+00:00');
    expect(error.actual.isoText()).toBe('2026-05-15T10:00:00+00:00');
    expect(error.message).toBe(
      "Canonical producer occurrence time was not preserved. Field 'occurred_at': expected=2026-01-01T00:00:00+00:00 actual=2026-05-15T10:00:00+00:00. " +
        "The canonical envelope 'timestamp' is producer occurrence time and MUST NOT be replaced with receipt/import/server time. " +
        'See kitty-specs/teamspace-event-contract-foundation-01KQHDE4/data-model.md (Timestamp Semantics).',
    );
  });

  it('a missing or wrong-typed timestamp throws', () => {
    expect(() => assertProducerOccurrencePreserved({}, new Date())).toThrow(new RangeError("'timestamp'"));
    expect(() => assertProducerOccurrencePreserved({ timestamp: 5 }, new Date())).toThrow(
      new TypeError("envelope['timestamp'] must be a datetime or ISO-8601 string; got int"),
    );
    expect(() => assertProducerOccurrencePreserved({ timestamp: 'yesterday' }, new Date())).toThrow(RangeError);
  });
});
