/** The 6.1.0 `Event`: event-id normalisation, build_id, the schema_version default, its schema. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Event, ValidationError, normalizeEventId } from '../../src';
import { Event as EventV2 } from '../../src/v2';
import { EVENT_ID_PATTERN, eventIdType, isEventId } from '../../src/envelope/event-id';
import { generateSchema } from '../../src/schemas';

const BASE = {
  event_id: '01arz3ndektsv4rrffq69g5fav',
  event_type: 'WPStatusChanged',
  aggregate_id: 'WP01',
  timestamp: '2026-01-01T12:00:00+00:00',
  build_id: 'build-1',
  node_id: 'node-1',
  lamport_clock: 3,
  project_uuid: '12345678-1234-5678-1234-567812345678',
  correlation_id: '0123456789ABCDEF0123456789ABCDEF',
};

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ulid = fc
  .array(fc.constantFrom(...CROCKFORD, ...CROCKFORD.toLowerCase()), { minLength: 26, maxLength: 26 })
  .map((chars) => chars.join(''));
const hex32 = fc
  .array(fc.constantFrom(...'0123456789abcdefABCDEF'), { minLength: 32, maxLength: 32 })
  .map((chars) => chars.join(''));
const hyphenated = hex32.map((h) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
const anyId = fc.oneof(ulid, hex32, hyphenated);

describe('normalizeEventId', () => {
  test('canonical forms: ULID upper-cased, UUIDs lower-cased and hyphenated', () => {
    expect(normalizeEventId('01arz3ndektsv4rrffq69g5fav')).toBe('01ARZ3NDEKTSV4RRFFQ69G5FAV');
    expect(normalizeEventId('0123456789ABCDEF0123456789ABCDEF')).toBe('01234567-89ab-cdef-0123-456789abcdef');
    expect(normalizeEventId('01234567-89AB-CDEF-0123-456789ABCDEF')).toBe('01234567-89ab-cdef-0123-456789abcdef');
  });

  test('the reference messages, as the library ValidationError', () => {
    expect(() => normalizeEventId(5)).toThrow(new ValidationError('event_id must be a string; got int'));
    expect(() => normalizeEventId('01ARZ3NDEKTSV4RRFFQ69G5FAI')).toThrow(
      "26-char event_id must be valid Crockford base32 (chars I, L, O, U are not allowed); got '01ARZ3NDEKTSV4RRFFQ69G5FAI'",
    );
    expect(() => normalizeEventId('abc')).toThrow(
      'event_id must be 26-char ULID (Crockford base32), 36-char UUID, or 32-char hex UUID; got 3 chars',
    );
    // Lengths are code points: 26 emoji are a 26-char id (and not base32).
    expect(() => normalizeEventId('\u{1F600}'.repeat(26))).toThrow(/^26-char event_id must be valid Crockford/);
  });

  test('idempotent, canonical and accepted by the schema pattern (property)', () => {
    const pattern = new RegExp(EVENT_ID_PATTERN);
    fc.assert(
      fc.property(anyId, (id) => {
        const once = normalizeEventId(id);
        expect(normalizeEventId(once)).toBe(once);
        expect(isEventId(id)).toBe(true);
        expect(pattern.test(id)).toBe(true);
        expect(once === once.toUpperCase() || once === once.toLowerCase()).toBe(true);
        expect([26, 36]).toContain(once.length);
      }),
    );
  });

  test('never throws anything but ValidationError (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (value) => {
        try {
          normalizeEventId(value);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Event (6.1.0)', () => {
  test('normalises all three ids, defaults schema_version to 3.0.0, requires build_id', () => {
    const event = Event.fromDict({ ...BASE, causation_id: '0123456789abcdef0123456789abcdef' });
    expect(event.event_id).toBe('01ARZ3NDEKTSV4RRFFQ69G5FAV');
    expect(event.correlation_id).toBe('01234567-89ab-cdef-0123-456789abcdef');
    expect(event.causation_id).toBe('01234567-89ab-cdef-0123-456789abcdef');
    expect(event.schema_version).toBe('3.0.0');
    expect(String(event)).toBe(
      'Event(event_id=01ARZ3ND..., type=WPStatusChanged, aggregate=WP01, build=build-1, project=12345678..., lamport=3)',
    );
    const { build_id: _omit, ...withoutBuild } = BASE;
    const result = Event.safeFromDict(withoutBuild);
    expect(result.ok ? [] : result.violations.map((v) => [v.type, v.loc])).toEqual([['missing', ['build_id']]]);
  });

  test('an invalid id is a value_error at its field with the reference message', () => {
    const result = Event.safeFromDict({ ...BASE, correlation_id: 'x', causation_id: 7 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => [v.type, v.loc, v.msg])).toEqual([
      ['value_error', ['causation_id'], 'Value error, event_id must be a string; got int'],
      [
        'value_error',
        ['correlation_id'],
        'Value error, event_id must be 26-char ULID (Crockford base32), 36-char UUID, or 32-char hex UUID; got 1 chars',
      ],
    ]);
  });

  test('toDict round-trips through fromDict (property)', () => {
    fc.assert(
      fc.property(anyId, anyId, fc.option(anyId, { nil: null }), (id, corr, cause) => {
        const event = Event.fromDict({ ...BASE, event_id: id, correlation_id: corr, causation_id: cause });
        expect(Event.fromDict(event.toDict()).toDict()).toEqual(event.toDict());
        expect(JSON.parse(JSON.stringify(event))).toEqual(event.toDict());
      }),
    );
  });

  test('works as a class-validator DTO with the same rules', () => {
    const ok = plainToInstance(Event, BASE);
    expect(validateSync(ok)).toEqual([]);
    expect(ok.event_id).toBe('01ARZ3NDEKTSV4RRFFQ69G5FAV');
    const bad = plainToInstance(Event, { ...BASE, event_id: 'nope' });
    const errors = validateSync(bad);
    expect(errors.map((e) => e.property)).toEqual(['event_id']);
    expect(Object.values(errors[0]!.constraints ?? {})[0]).toContain('Value error, event_id must be 26-char ULID');
  });

  test('the 2.1.0 Event is unchanged: ULID-length ids only, schema_version 1.0.0, no build_id', () => {
    const v2 = EventV2.fromDict({ ...BASE, correlation_id: '01ARZ3NDEKTSV4RRFFQ69G5FAW' });
    expect(v2.event_id).toBe('01arz3ndektsv4rrffq69g5fav');
    expect(v2.schema_version).toBe('1.0.0');
    expect('build_id' in v2.toDict()).toBe(false);
    expect(EventV2.safeFromDict(BASE).ok).toBe(false);
  });

  test('the generated event schema equals the reference file', () => {
    const reference = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', 'reference', '6.1.0', 'schemas', 'event.schema.json'), 'utf8'),
    ) as unknown;
    expect(generateSchema('event', '6.1.0')).toEqual(reference);
  });

  test('the field type reports the str check for null on a required id', () => {
    const out: { type: string }[] = [];
    eventIdType().parse(null, ['event_id'], out as never);
    expect(out.map((v) => v.type)).toEqual(['string_type']);
  });
});
