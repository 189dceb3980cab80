/**
 * Issue 9 item 14: throwing getters and Proxy traps never escape as raw errors. `fromDict`
 * throws the library's `ValidationError` naming the field (`get_attribute_error`),
 * `safeFromDict` never throws, `validateEvent` reports violations, and the reducers give
 * anomalies (or their documented ValidationError).
 */
import { validateEvent } from '../../src/v2/conformance';
import { pyRepr } from '../../src/conventions';
import { pyEquals } from '../../src/v2/collaboration/python-equality';
import {
  ConcurrentDriverWarningPayload,
  Event,
  ParticipantIdentity,
  reduceCollaborationEvents,
  reduceLifecycleEvents,
  reduceStatusEvents,
  StatusTransitionPayload,
  ValidationError,
} from '../../src/v2';

const BASE = {
  event_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  event_type: 'T',
  aggregate_id: 'a',
  timestamp: '2026-01-01T00:00:00Z',
  node_id: 'n',
  lamport_clock: 1,
  project_uuid: '12345678-1234-1234-1234-123456789abc',
  correlation_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
};

function boom(): never {
  throw new Error('boom');
}

/** Hostile inputs: a throwing getter, Proxies whose every trap throws, a revoked Proxy, a non-Error throw. */
function hostile(): Record<string, unknown> {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  return {
    getter: Object.defineProperty({ ...BASE }, 'node_id', { get: boom, enumerable: true }),
    traps: new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom }),
    revoked,
    number: new Proxy({}, { getPrototypeOf: () => { throw 42; } }), // eslint-disable-line no-throw-literal
    nestedGetter: { ...BASE, payload: Object.defineProperty({}, 'x', { get: boom, enumerable: true }) },
  };
}

let seq = 0;
function event(eventType: string, payload: Record<string, unknown>): Event {
  seq++;
  return Event.fromDict({ ...BASE, event_id: `01ARZ3NDEKTSV4RRFF${String(seq).padStart(8, '0')}`, lamport_clock: seq, event_type: eventType, payload });
}

describe('fromDict / safeFromDict / validateEvent', () => {
  it.each(Object.entries(hostile()))('%s', (_name, input) => {
    const parsers: [(data: unknown) => { readonly ok: boolean }, (data: unknown) => unknown][] = [
      [(d) => Event.safeFromDict(d), (d) => Event.fromDict(d)],
      [(d) => ParticipantIdentity.safeFromDict(d), (d) => ParticipantIdentity.fromDict(d)],
      [(d) => StatusTransitionPayload.safeFromDict(d), (d) => StatusTransitionPayload.fromDict(d)],
    ];
    for (const [safeParse, parse] of parsers) {
      expect(safeParse(input).ok).toBe(false);
      expect(() => parse(input)).toThrow(ValidationError);
    }
    expect(validateEvent(input, 'Event').valid).toBe(false);
    expect(validateEvent(input, 'ParticipantJoined').valid).toBe(false);
  });

  it('names the field whose getter threw, with pydantic-shaped get_attribute_error', () => {
    const outcome = Event.safeFromDict(hostile()['getter']);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.violations).toEqual([
      { type: 'get_attribute_error', loc: ['node_id'], msg: 'Error extracting attribute: Error: boom', input: null, ctx: { error: 'Error: boom' } },
    ]);
  });

  it('a list whose elements cannot be read is a violation at the list field', () => {
    const outcome = ConcurrentDriverWarningPayload.safeFromDict({
      warning_id: 'w',
      mission_id: 'm',
      participant_ids: new Proxy(['a', 'b'], { get: boom }),
      focus_target: { target_type: 'wp', target_id: 'WP01' },
      severity: 'warning',
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.violations.map((v) => [v.type, v.loc.join('.')])).toEqual([['get_attribute_error', 'participant_ids']]);
  });

  it('a whole input that cannot be read is a violation at the model', () => {
    const outcome = ParticipantIdentity.safeFromDict(hostile()['revoked']);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.violations.map((v) => [v.type, v.loc.length])).toEqual([['get_attribute_error', 0]]);
  });

  it('the schema layer reports an unreadable payload at $', () => {
    const result = validateEvent(hostile()['traps'], 'Event');
    expect(result.schemaViolations.map((v) => [v.jsonPath, v.validator])).toEqual([['$', 'unreadable']]);
  });
});

describe('message helpers never throw', () => {
  it('pyRepr prints what pydantic prints for an unprintable value', () => {
    expect(pyRepr(hostile()['traps'])).toBe('<unprintable object object>');
    expect(pyRepr([1, Object.defineProperty({}, 'k', { get: boom, enumerable: true })])).toBe('<unprintable list object>');
    expect(pyRepr(hostile()['revoked'])).toBe('<unprintable object object>');
  });

  it('pyEquals: an unreadable value equals nothing', () => {
    expect(pyEquals(hostile()['traps'], {})).toBe(false);
    expect(pyEquals([new Proxy([], { get: boom })], [[]])).toBe(false);
  });

  it('toDict of a payload whose nested getter throws is a ValidationError naming the field', () => {
    const model = Event.fromDict({ ...BASE, payload: { x: Object.defineProperty({}, 'k', { get: boom, enumerable: true }) } });
    expect(() => model.toDict()).toThrow(ValidationError);
    expect(() => model.toDict()).toThrow('Event: cannot serialize field payload: Error: boom');
  });
});

describe('reducers', () => {
  const traps = (): unknown => hostile()['traps'];

  it('status: a payload field that cannot be read is a parse anomaly', () => {
    const state = reduceStatusEvents([
      event('WPStatusChanged', { feature_slug: 'f', wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', actor: 'a', execution_mode: 'worktree', evidence: traps() }),
      event('WPStatusChanged', { feature_slug: 'f', wp_id: traps(), from_lane: 'planned', to_lane: 'claimed', actor: 'a', execution_mode: 'worktree' }),
    ]);
    expect(state.anomalies).toHaveLength(2);
    expect(state.anomalies[0]!.reason).toContain('evidence\n  Error extracting attribute: Error: boom [type=get_attribute_error, input_value=None, input_type=NoneType]');
    expect(state.anomalies[1]!.reason).toContain('input_value=<unprintable object object>');
  });

  it('lifecycle: an unreadable payload is an invalid payload', () => {
    const state = reduceLifecycleEvents([event('MissionStarted', { mission_id: traps() })]);
    expect(state.anomalies.map((a) => a.reason)).toEqual(['Invalid MissionStarted payload']);
  });

  it('collaboration: unreadable identities and focus targets are invalid, unreadable steps match nothing', () => {
    const identity = { participant_id: 'p1', participant_type: 'human' };
    const state = reduceCollaborationEvents([
      event('ParticipantJoined', { participant_id: 'p0', participant_identity: traps(), mission_id: 'm' }),
      event('ParticipantJoined', { participant_id: 'p1', participant_identity: identity, mission_id: 'm' }),
      event('FocusChanged', { participant_id: 'p1', focus_target: traps() }),
      event('PromptStepExecutionCompleted', { participant_id: 'p1', step_id: traps() }),
    ]);
    expect(state.anomalies.map((a) => a.reason)).toEqual([
      'Invalid participant_identity in payload',
      'Invalid focus_target in payload',
      'No matching PromptStepExecutionStarted for step <unprintable object object> by participant \'p1\'',
    ]);
  });
});
