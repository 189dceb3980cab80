import fc from 'fast-check';
import { Event } from '../../../src/v2/envelope/event';
import { ErrorEntry } from '../../../src/envelope/error-entry';
import { ConflictResolution } from '../../../src/envelope/conflict-resolution';
import { SpecKittyEventsError, ValidationError } from '../../../src/envelope/errors';
import type { Violation } from '../../../src/validation';

const ULID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const CORR = '01HRN7QMQJT8XVKP9YZ2ABCDEF';
const UUID = '12345678-1234-5678-1234-567812345678';

function base(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    event_id: ULID,
    event_type: 'WPStatusChanged',
    aggregate_id: 'WP01',
    payload: { wp_id: 'WP01' },
    timestamp: '2026-01-26T10:00:00Z',
    node_id: 'alice',
    lamport_clock: 1,
    project_uuid: UUID,
    correlation_id: CORR,
    ...overrides,
  };
}

function violationsOf(data: unknown): readonly Violation[] {
  try {
    Event.fromDict(data);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).violations;
  }
  throw new Error('expected a ValidationError');
}

describe('Event.fromDict', () => {
  test('valid event keeps fields and fills defaults', () => {
    const event = Event.fromDict(base());
    expect(event.event_id).toBe(ULID);
    expect(event.lamport_clock).toBe(1);
    expect(event.causation_id).toBeNull();
    expect(event.project_slug).toBeNull();
    expect(event.schema_version).toBe('1.0.0');
    expect(event.data_tier).toBe(0);
    expect(event.timestamp.jsonTs()).toBe('2026-01-26T10:00:00Z');
  });

  test('{} gives 8 missing violations in field order', () => {
    const violations = violationsOf({});
    expect(violations.map((v) => v.type)).toEqual(Array(8).fill('missing'));
    expect(violations.map((v) => v.loc[0])).toEqual([
      'event_id', 'event_type', 'aggregate_id', 'timestamp', 'node_id', 'lamport_clock', 'project_uuid', 'correlation_id',
    ]);
    expect(violations[0]!.msg).toBe('Field required');
  });

  test.each([null, [], 'x', 5, true])('non-object %p gives one model_type violation', (input) => {
    const violations = violationsOf(input);
    expect(violations).toEqual([
      { type: 'model_type', loc: [], msg: 'Input should be a valid dictionary or instance of Event', input, ctx: { class_name: 'Event' } },
    ]);
  });

  test('ErrorEntry {} reports its three required fields', () => {
    expect(() => ErrorEntry.fromDict({})).toThrow(ValidationError);
    const result = ErrorEntry.safeFromDict({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.violations.map((v) => v.loc[0])).toEqual(['timestamp', 'action_attempted', 'error_message']);
  });

  test('code-point lengths: 25 A + emoji is 26 long', () => {
    expect(Event.fromDict(base({ event_id: 'A'.repeat(25) + '😀' })).event_id).toHaveLength(27);
    const short = violationsOf(base({ event_id: 'A'.repeat(24) + '😀' }));
    expect(short[0]).toMatchObject({ type: 'string_too_short', msg: 'String should have at least 26 characters', ctx: { min_length: 26 } });
    const long = violationsOf(base({ event_id: 'A'.repeat(27) }));
    expect(long[0]).toMatchObject({ type: 'string_too_long', msg: 'String should have at most 26 characters' });
  });

  test('event_type "" and lamport_clock -1 are rejected', () => {
    expect(violationsOf(base({ event_type: '' }))[0]).toMatchObject({ type: 'string_too_short', msg: 'String should have at least 1 character' });
    expect(violationsOf(base({ lamport_clock: -1 }))[0]).toMatchObject({ type: 'greater_than_equal', msg: 'Input should be greater than or equal to 0' });
  });

  test('schema_version pattern and data_tier bounds', () => {
    expect(Event.fromDict(base({ schema_version: '2.1.3' })).schema_version).toBe('2.1.3');
    expect(Event.fromDict(base({ schema_version: '١.٠.٠' })).schema_version).toBe('١.٠.٠');
    for (const bad of ['1.0', 'v1.0.0', '1.0.0\n']) {
      expect(violationsOf(base({ schema_version: bad }))[0]).toMatchObject({
        type: 'string_pattern_mismatch',
        msg: "String should match pattern '^\\d+\\.\\d+\\.\\d+$'",
      });
    }
    expect(violationsOf(base({ schema_version: null }))[0]!.type).toBe('string_type');
    expect(Event.fromDict(base({ data_tier: '3' })).data_tier).toBe(3);
    expect(violationsOf(base({ data_tier: 5 }))[0]).toMatchObject({ type: 'less_than_equal', msg: 'Input should be less than or equal to 4' });
    expect(violationsOf(base({ data_tier: 'high' }))[0]!.type).toBe('int_parsing');
    expect(violationsOf(base({ data_tier: null }))[0]!.type).toBe('int_type');
  });

  test('project_uuid normalised; bad uuids rejected', () => {
    expect(Event.fromDict(base({ project_uuid: '12345678123456781234567812345678' })).project_uuid).toBe(UUID);
    expect(Event.fromDict(base({ project_uuid: UUID.toUpperCase() })).project_uuid).toBe(UUID);
    expect(violationsOf(base({ project_uuid: 'not-a-uuid' }))[0]).toMatchObject({
      type: 'uuid_parsing',
      msg: 'Input should be a valid UUID, invalid character: found `n` at 1',
    });
    expect(violationsOf(base({ project_uuid: '' }))[0]!.type).toBe('uuid_parsing');
  });

  test('correlation_id: SHORT, 27 chars and omission rejected', () => {
    expect(violationsOf(base({ correlation_id: 'SHORT' }))[0]!.type).toBe('string_too_short');
    expect(violationsOf(base({ correlation_id: 'A'.repeat(27) }))[0]!.type).toBe('string_too_long');
    const { correlation_id: _omit, ...rest } = base();
    expect(violationsOf(rest)[0]).toMatchObject({ type: 'missing', loc: ['correlation_id'] });
  });

  test('payload: null and arrays rejected with dict_type; omitted is {}', () => {
    expect(violationsOf(base({ payload: null }))[0]).toMatchObject({ type: 'dict_type', msg: 'Input should be a valid dictionary' });
    expect(violationsOf(base({ payload: [['a', 1]] }))[0]!.type).toBe('dict_type');
    const { payload: _omit, ...rest } = base();
    expect(Event.fromDict(rest).payload).toEqual({});
  });

  test('lone surrogates: rejected in constrained strings, kept in project_slug and payload', () => {
    expect(violationsOf(base({ node_id: 'a\udc00' }))[0]).toMatchObject({ type: 'string_unicode' });
    const event = Event.fromDict(base({ project_slug: 'x\udc00', payload: { k: '\udc00' } }));
    expect(event.project_slug).toBe('x\udc00');
    expect(event.payload['k']).toBe('\udc00');
  });

  test('every violation is reported, in field order, at most one per field', () => {
    const violations = violationsOf(base({ event_id: 5, lamport_clock: 'x', data_tier: 9 }));
    expect(violations.map((v) => [v.loc[0], v.type])).toEqual([
      ['event_id', 'string_type'],
      ['lamport_clock', 'int_parsing'],
      ['data_tier', 'less_than_equal'],
    ]);
  });

  test('unknown keys ignored; instance frozen; payload shallow-copied but mutable', () => {
    const input = base({ extra: 1 });
    const event = Event.fromDict(input);
    expect(Object.isFrozen(event)).toBe(true);
    expect('extra' in event.toDict()).toBe(false);
    expect(() => {
      (event as unknown as { lamport_clock: number }).lamport_clock = 5;
    }).toThrow(TypeError);
    expect(() => {
      (event as unknown as { project_uuid: string }).project_uuid = 'x';
    }).toThrow(TypeError);
    expect(event.payload).not.toBe(input['payload']);
    event.payload['k'] = 'v';
    expect(event.payload['k']).toBe('v');
  });

  test('an Event instance is returned unchanged', () => {
    const event = Event.fromDict(base());
    expect(Event.fromDict(event)).toBe(event);
  });

  test('toDict round trip keeps correlation_id, schema_version, data_tier and project identity', () => {
    const event = Event.fromDict(base({ schema_version: '2.0.0', data_tier: 3, project_slug: 'my-project', timestamp: '2026-01-26T10:00:00.5+05:30' }));
    const dict = event.toDict();
    expect(Object.keys(dict)).toEqual([
      'event_id', 'event_type', 'aggregate_id', 'payload', 'timestamp', 'node_id', 'lamport_clock',
      'causation_id', 'project_uuid', 'project_slug', 'correlation_id', 'schema_version', 'data_tier',
    ]);
    expect(dict['timestamp']).toBe('2026-01-26T10:00:00.500000+05:30');
    const again = Event.fromDict(dict);
    expect(again.toDict()).toEqual(dict);
    expect(again.correlation_id).toBe(CORR);
    expect(again.schema_version).toBe('2.0.0');
    expect(again.data_tier).toBe(3);
    expect(again.project_slug).toBe('my-project');
  });

  test('toString mirrors the Python repr', () => {
    const event = Event.fromDict(base({ event_type: 'T', aggregate_id: 'A', lamport_clock: 0 }));
    expect(String(event)).toBe('Event(event_id=01ARZ3ND..., type=T, aggregate=A, project=12345678..., lamport=0)');
  });

  test('ValidationError is a SpecKittyEventsError naming every failing field', () => {
    try {
      Event.fromDict({ event_id: 'x' });
      throw new Error('unreachable');
    } catch (error) {
      expect(error).toBeInstanceOf(SpecKittyEventsError);
      expect((error as Error).name).toBe('ValidationError');
      expect((error as Error).message).toContain('8 validation errors for Event');
      expect((error as Error).message).toContain('event_id: String should have at least 26 characters');
      expect((error as Error).message).toContain('correlation_id: Field required');
    }
  });
});

describe('hostile input never crashes and never pollutes prototypes', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  test('__proto__ and constructor keys stay data', () => {
    const raw = JSON.parse(
      `{"event_id":"${ULID}","event_type":"T","aggregate_id":"A","timestamp":"2026-01-26T10:00:00Z","node_id":"n","lamport_clock":0,` +
        `"project_uuid":"${UUID}","correlation_id":"${CORR}","payload":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}},"__proto__":{"polluted":3}}`,
    ) as unknown;
    const event = Event.fromDict(raw);
    expect(Object.getPrototypeOf(event.payload)).toBe(Object.prototype);
    expect(Object.keys(event.payload)).toEqual(['__proto__', 'constructor']);
    const dict = event.toDict()['payload'] as Record<string, unknown>;
    expect(Object.keys(dict)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(dict)).toBe('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}}');
  });

  test('5,000-character strings are rejected with the library error', () => {
    const violations = violationsOf(base({ event_id: 'x'.repeat(5000), lamport_clock: '9'.repeat(5000) }));
    expect(violations.map((v) => v.type)).toEqual(['string_too_long', 'int_parsing_size']);
  });

  test('property: arbitrary JSON never escapes as anything but ValidationError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('event_id', 'timestamp', 'payload', 'lamport_clock', '__proto__', 'constructor'), fc.jsonValue())), (value) => {
        try {
          Event.fromDict(value);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ConflictResolution', () => {
  test('holds its four fields and mirrors the Python repr', () => {
    const event = Event.fromDict(base());
    const resolution = new ConflictResolution(event, 'note', false, [event]);
    expect(resolution.merged_event).toBe(event);
    expect(resolution.resolution_note).toBe('note');
    expect(resolution.requires_manual_review).toBe(false);
    expect(resolution.conflicting_events).toEqual([event]);
    expect(String(resolution)).toBe('ConflictResolution(merged=01ARZ3ND..., conflicts=1, manual_review=False)');
    expect(resolution.toDict()['merged_event']).toEqual(event.toDict());
  });

  test('fromDict validates nested events and reports dataclass_type for non-objects', () => {
    const result = ConflictResolution.safeFromDict(5);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.violations[0]).toMatchObject({ type: 'dataclass_type', msg: 'Input should be a dictionary or an instance of ConflictResolution' });
    }
    const nested = ConflictResolution.safeFromDict({ merged_event: {}, resolution_note: 'n', requires_manual_review: 'yes', conflicting_events: [5] });
    expect(nested.ok).toBe(false);
    if (!nested.ok) {
      expect(nested.violations[0]!.loc).toEqual(['merged_event', 'event_id']);
      expect(nested.violations.at(-1)).toMatchObject({ type: 'model_type', loc: ['conflicting_events', 0] });
    }
    const parsed = ConflictResolution.fromDict({ merged_event: base(), resolution_note: 'n', requires_manual_review: 'yes', conflicting_events: [base()] });
    expect(parsed.requires_manual_review).toBe(true);
    expect(parsed.merged_event).toBeInstanceOf(Event);
  });
});
