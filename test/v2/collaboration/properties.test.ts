/** Property tests of the collaboration reducer (fast-check, ≥200 runs each). */
import fc from 'fast-check';
import {
  CollaborationReducer,
  ParticipantIdentity,
  UnknownParticipantError,
  reduceCollaborationEvents,
  type CollaborationReduceOptions,
  type ReducedCollaborationState,
} from '../../../src/v2/collaboration';
import { pyRepr, safeFromEntries } from '../../../src/conventions';
import { Event } from '../../../src/v2/envelope/event';
import { ValidationError } from '../../../src/envelope/errors';
import { sortBySortKey } from '../../../src/pipeline/ordering';
import { CORRELATION_ID, PROJECT_UUID, eid } from './helpers';

const RUNS = { numRuns: 200 } as const;

const TYPES = [
  'ParticipantInvited',
  'ParticipantJoined',
  'ParticipantLeft',
  'PresenceHeartbeat',
  'DriveIntentSet',
  'FocusChanged',
  'PromptStepExecutionStarted',
  'PromptStepExecutionCompleted',
  'ConcurrentDriverWarning',
  'PotentialStepCollisionDetected',
  'WarningAcknowledged',
  'CommentPosted',
  'DecisionCaptured',
  'SessionLinked',
] as const;

/** Participant ids, hostile ones included. */
const PIDS = ['p1', 'p2', 'p3', '__proto__', 'constructor', "it's", '😀'] as const;
const TIMESTAMPS = ['2026-01-01T00:00:00Z', '2026-01-01T05:00:00+05:00', '2026-01-01T00:00:00', '2026-01-01T00:00:00.5-01:00'] as const;

const pidArb = fc.constantFrom<string>(...PIDS);
/** A participant id that is sometimes invalid (skipped or an anomaly, never a hard failure). */
function maybePidOf(pid: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: pid, weight: 12 },
    { arbitrary: fc.constantFrom<unknown>('', null, 5, true, ['p1'], { id: 'p1' }, undefined), weight: 1 },
  );
}
const identityArb = fc.oneof(
  { arbitrary: pidArb.map((id) => ({ participant_id: id, participant_type: 'human', display_name: null, session_id: null })), weight: 6 },
  { arbitrary: fc.constantFrom<unknown>(null, 'x', { participant_id: 'p1' }, { participant_id: 'p1', participant_type: 'robot' }), weight: 1 },
);
const targetArb = fc.oneof(
  { arbitrary: fc.record({ target_type: fc.constantFrom('wp', 'step', 'file'), target_id: fc.constantFrom('WP01', 'a:b', '__proto__', 'x') }), weight: 6 },
  { arbitrary: fc.constantFrom<unknown>(null, 'wp:WP01', { target_type: 'dir', target_id: 'x' }, { target_type: 'wp', target_id: '' }), weight: 1 },
);
const warningIdArb = fc.constantFrom<unknown>('w1', 'w2', '__proto__');
/** Scalar payload values that never cause a §8.10 hard failure where they are used below. */
const scalarArb = fc.constantFrom<unknown>(null, 5, true, '', 'x', 1.5);

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return safeFromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/**
 * Payloads for each type: mostly well-formed, with invalid ids, identities, targets, intents,
 * unknown warnings and unmatched steps mixed in, but none of the §8.10 hard-failure shapes.
 */
function payloadArb(type: (typeof TYPES)[number], pid: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  const maybePid = maybePidOf(pid);
  const mission = fc.constantFrom<unknown>('M1', 'M2', '', undefined, 7);
  switch (type) {
    case 'ParticipantInvited':
    case 'ParticipantJoined':
      return fc.record({ participant_id: maybePid, participant_identity: identityArb, mission_id: mission }).map(withoutUndefined);
    case 'ParticipantLeft':
    case 'PresenceHeartbeat':
      return fc.record({ participant_id: maybePid, mission_id: mission }).map(withoutUndefined);
    case 'DriveIntentSet':
      return fc.record({ participant_id: maybePid, mission_id: mission, intent: fc.constantFrom<unknown>('active', 'active', 'active', 'inactive', 'ACTIVE', null) }).map(withoutUndefined);
    case 'FocusChanged':
      return fc.record({ participant_id: maybePid, mission_id: mission, focus_target: targetArb }).map(withoutUndefined);
    case 'PromptStepExecutionStarted':
      return fc.record({ participant_id: maybePid, mission_id: mission, step_id: fc.constantFrom<unknown>('s1', 's2', undefined) }).map(withoutUndefined);
    case 'PromptStepExecutionCompleted':
      return fc.record({ participant_id: maybePid, mission_id: mission, step_id: fc.oneof(fc.constantFrom<unknown>('s1', 's2', undefined), scalarArb) }).map(withoutUndefined);
    case 'ConcurrentDriverWarning':
    case 'PotentialStepCollisionDetected':
      return fc
        .record({
          warning_id: fc.oneof(warningIdArb, fc.constantFrom<unknown>('', null, 3)),
          mission_id: mission,
          participant_ids: fc.oneof({ arbitrary: fc.array(pid, { maxLength: 4 }), weight: 8 }, { arbitrary: fc.constantFrom<unknown>('p1', null, undefined), weight: 1 }),
        })
        .map(withoutUndefined);
    case 'WarningAcknowledged':
      return fc
        .record({
          participant_id: maybePid,
          mission_id: mission,
          warning_id: fc.oneof({ arbitrary: warningIdArb, weight: 4 }, { arbitrary: fc.constantFrom<unknown>(null, 5, true, 'nope'), weight: 1 }),
          acknowledgement: fc.constantFrom<unknown>('continue', 'hold', 'banana', undefined),
        })
        .map(withoutUndefined);
    case 'CommentPosted':
      return fc
        .record({
          participant_id: maybePid,
          mission_id: mission,
          comment_id: fc.constantFrom<unknown>('c1', '', undefined),
          content: fc.constantFrom<unknown>('hi', undefined),
          reply_to: fc.constantFrom<unknown>('c1', null, undefined),
        })
        .map(withoutUndefined);
    case 'DecisionCaptured':
      return fc
        .record({
          participant_id: maybePid,
          mission_id: mission,
          decision_id: fc.constantFrom<unknown>('d1', undefined),
          topic: fc.constantFrom<unknown>('t', undefined),
          chosen_option: fc.constantFrom<unknown>('o', ''),
          referenced_warning_id: fc.constantFrom<unknown>('w1', null, undefined),
          rationale: fc.constantFrom<unknown>('r', 5, undefined),
        })
        .map(withoutUndefined);
    case 'SessionLinked':
      return fc.record({ participant_id: maybePid, mission_id: mission, linked_session_id: fc.constantFrom<unknown>('s-a', 's-b', undefined) }).map(withoutUndefined);
  }
}

interface Spec {
  readonly type: string;
  readonly payload: Record<string, unknown>;
  readonly clock: number;
  readonly ts: string;
}

/** Clock ranges per type, so joins tend to come first and acknowledgements after warnings. */
function clockArb(type: string): fc.Arbitrary<number> {
  if (type === 'ParticipantJoined' || type === 'ParticipantInvited') return fc.integer({ min: 0, max: 4 });
  if (type === 'ConcurrentDriverWarning' || type === 'PotentialStepCollisionDetected') return fc.integer({ min: 2, max: 8 });
  if (type === 'WarningAcknowledged' || type === 'PromptStepExecutionCompleted') return fc.integer({ min: 5, max: 12 });
  return fc.integer({ min: 2, max: 12 });
}

function specArb(pid: fc.Arbitrary<string>): fc.Arbitrary<Spec> {
  return fc.constantFrom(...TYPES).chain((type) =>
    fc.record({
      type: fc.constant(type),
      payload: payloadArb(type, pid),
      clock: clockArb(type),
      ts: fc.constantFrom(...TIMESTAMPS),
    }),
  );
}

const otherSpec: fc.Arbitrary<Spec> = fc.record({
  type: fc.constant('WPStatusChanged'),
  payload: fc.constant({ participant_id: 'p1' }),
  clock: fc.nat(12),
  ts: fc.constant(TIMESTAMPS[0]),
});

/**
 * Valid events with distinct ids: a cast of participants who mostly join early and do most of
 * the acting, outsiders now and then, and the odd non-collaboration event.
 */
const eventsArb: fc.Arbitrary<Event[]> = fc.subarray([...PIDS], { minLength: 1 }).chain((cast) => {
  const pid = fc.oneof({ arbitrary: fc.constantFrom(...cast), weight: 6 }, { arbitrary: pidArb, weight: 1 });
  const joins = fc.subarray(cast).chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          type: fc.constant('ParticipantJoined'),
          payload: fc.constant({ participant_id: id, participant_identity: { participant_id: id, participant_type: 'human' }, mission_id: 'M1' }),
          clock: fc.integer({ min: 0, max: 3 }),
          ts: fc.constantFrom(...TIMESTAMPS),
        }),
      ),
    ),
  );
  return fc
    .tuple(joins, fc.array(fc.oneof({ arbitrary: specArb(pid), weight: 12 }, { arbitrary: otherSpec, weight: 1 }), { minLength: 4, maxLength: 30, size: 'max' }))
    .chain(([j, rest]) => fc.shuffledSubarray([...j, ...rest], { minLength: j.length + rest.length }))
    .map((specs) => specs.map((spec, i) => toEvent(spec, eid(i))));
});

function toEvent(spec: Spec, id: string): Event {
  return Event.fromDict({
    event_id: id,
    event_type: spec.type,
    aggregate_id: 'mission/M1',
    payload: spec.payload,
    timestamp: spec.ts,
    node_id: 'prop-node',
    lamport_clock: spec.clock,
    project_uuid: PROJECT_UUID,
    correlation_id: CORRELATION_ID,
  });
}

const rosterArb: fc.Arbitrary<ReadonlyMap<string, ParticipantIdentity> | undefined> = fc.option(
  fc.subarray([...PIDS]).map((ids) => new Map(ids.map((id) => [id, ParticipantIdentity.fromDict({ participant_id: id, participant_type: 'llm_context' })]))),
  { nil: undefined },
);
const modeArb = fc.constantFrom<'strict' | 'permissive'>('strict', 'permissive');

type Outcome = { readonly ok: true; readonly dict: unknown } | { readonly ok: false; readonly name: string; readonly message: string };

function outcome(run: () => ReducedCollaborationState): Outcome {
  try {
    return { ok: true, dict: run().toDict() };
  } catch (error) {
    const e = error as Error;
    return { ok: false, name: e.name, message: e.message };
  }
}

function reduceWith(events: readonly Event[], options: CollaborationReduceOptions): Outcome {
  return outcome(() => reduceCollaborationEvents(events, options));
}

describe('collaboration reducer properties', () => {
  it('any permutation gives identical output, in strict and permissive mode, with and without a roster', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }))),
        modeArb,
        rosterArb,
        ([events, shuffled], mode, roster) => {
          const options = { mode, roster };
          expect(reduceWith(shuffled, options)).toEqual(reduceWith(events, options));
          expect(reduceWith([...events].reverse(), options)).toEqual(reduceWith(events, options));
        },
      ),
      RUNS,
    );
  });

  it('duplicated events change nothing', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) =>
          fc.tuple(
            fc.constant(events),
            fc.array(fc.nat({ max: Math.max(events.length - 1, 0) }), { maxLength: events.length === 0 ? 0 : 10 }),
            fc.boolean(),
          ),
        ),
        modeArb,
        rosterArb,
        ([events, picks, rebuild], mode, roster) => {
          const copies = picks.map((i) => (rebuild ? Event.fromDict(events[i]!.toDict()) : events[i]!));
          const options = { mode, roster };
          expect(reduceWith([...copies, ...events, ...copies], options)).toEqual(reduceWith(events, options));
        },
      ),
      RUNS,
    );
  });

  it('strict raises exactly when permissive records an Unknown participant anomaly, naming the first one', () => {
    fc.assert(
      fc.property(eventsArb, rosterArb, (events, roster) => {
        const loose = reduceCollaborationEvents(events, { mode: 'permissive', roster });
        const firstUnknown = loose.anomalies.find((a) => a.reason.startsWith('Unknown participant '));
        let strictState: ReducedCollaborationState | null = null;
        let error: unknown = null;
        try {
          strictState = reduceCollaborationEvents(events, { mode: 'strict', roster });
        } catch (e) {
          error = e;
        }
        if (firstUnknown === undefined) {
          expect(error).toBeNull();
          // Only the unknown-participant check differs between the modes.
          expect(strictState!.toDict()).toEqual(loose.toDict());
        } else {
          expect(error).toBeInstanceOf(UnknownParticipantError);
          const e = error as UnknownParticipantError;
          expect(`Unknown participant ${pyRepr(e.participantId)}`).toBe(firstUnknown.reason);
          expect(e.eventId).toBe(firstUnknown.event_id);
          expect(e.eventType).toBe(firstUnknown.event_type);
        }
      }),
      RUNS,
    );
  });

  it('incremental apply in random order, reading state in between, equals the whole-log function', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) =>
          fc.tuple(
            fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
            fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }),
            fc.array(fc.nat({ max: Math.max(events.length - 1, 0) }), { maxLength: events.length === 0 ? 0 : 4 }),
          ),
        ),
        modeArb,
        rosterArb,
        ([order, reads, repeats], mode, roster) => {
          const options = { mode, roster };
          const reducer = new CollaborationReducer(options);
          const applied: Event[] = [];
          order.forEach((event, i) => {
            reducer.apply(event);
            applied.push(event);
            if (reads[i]) expect(outcome(() => reducer.state)).toEqual(reduceWith(applied, options));
          });
          for (const i of repeats) reducer.apply(order[i]!);
          expect(outcome(() => reducer.state)).toEqual(reduceWith(order, options));
          expect(reducer.size).toBe(new Set(order.filter((e) => e.event_type !== 'WPStatusChanged').map((e) => e.event_id)).size);
        },
      ),
      RUNS,
    );
  });

  it('in-order apply with a read after each: every result equals the whole-log function and never changes (issue 9 item 6)', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) => fc.tuple(fc.constant(sortBySortKey(events)), fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }))),
        modeArb,
        rosterArb,
        ([ordered, touches], mode, roster) => {
          const options = { mode, roster };
          const reducer = new CollaborationReducer(options);
          const reads: [Outcome, ReducedCollaborationState][] = [];
          ordered.forEach((event, i) => {
            reducer.apply(event);
            let state: ReducedCollaborationState;
            try {
              state = reducer.state;
            } catch {
              return;
            }
            // Half the results are read at once, half only at the end (deferred lists, views).
            if (touches[i]) void [state.comments.length, [...state.participants], [...state.participants_by_focus.values()].map((s) => [...s])];
            reads.push([reduceWith(ordered.slice(0, i + 1), options), state]);
          });
          for (const [expected, state] of reads) {
            expect({ ok: true, dict: state.toDict() }).toEqual(expected);
            expect(Object.isFrozen(state)).toBe(true);
            expect(Object.isFrozen(state.comments)).toBe(true);
            expect(() => Map.prototype.set.call(state.participants, 'x', null)).toThrow(TypeError);
            expect(() => Map.prototype.set.call(state.presence, 'x', null)).toThrow(TypeError);
            expect(() => Set.prototype.add.call(state.active_drivers, 'x')).toThrow(TypeError);
            for (const members of state.participants_by_focus.values()) expect(() => Set.prototype.add.call(members, 'x')).toThrow(TypeError);
          }
        },
      ),
      RUNS,
    );
  });

  it('permissive mode never throws on these payloads, and every anomaly reason is one of §8.8', () => {
    const patterns = [
      /^Missing participant_id in payload$/,
      /^Invalid participant_identity in payload$/,
      /^Participant .+ already in roster \(duplicate invite\)$/,
      /^Duplicate join for participant .+$/,
      /^Participant .+ not in roster \(duplicate leave or unknown\)$/,
      /^Unknown participant .+$/,
      /^Invalid focus_target in payload$/,
      /^No matching PromptStepExecutionStarted for step .+ by participant .+$/,
      /^Warning .+ not found$/,
    ];
    fc.assert(
      fc.property(eventsArb, rosterArb, (events, roster) => {
        const state = reduceCollaborationEvents(events, { mode: 'permissive', roster });
        for (const anomaly of state.anomalies) expect(patterns.some((p) => p.test(anomaly.reason))).toBe(true);
        expect(state.event_count).toBe(events.filter((e) => e.event_type !== 'WPStatusChanged').length);
        expect(JSON.parse(JSON.stringify(state.toDict()))).toEqual(state.toDict());
      }),
      RUNS,
    );
  });
});

describe('hostile payloads', () => {
  const FIELD_NAMES = [
    'participant_id',
    'participant_identity',
    'mission_id',
    'intent',
    'focus_target',
    'step_id',
    'warning_id',
    'participant_ids',
    'acknowledgement',
    'comment_id',
    'content',
    'reply_to',
    'decision_id',
    'topic',
    'chosen_option',
    'referenced_warning_id',
    'linked_session_id',
    '__proto__',
    'constructor',
    'toString',
  ];
  const huge = fc.constantFrom('x'.repeat(100_000), "'".repeat(50_000) + '\u0000\ud800😀');
  const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 6 },
    { arbitrary: pidArb, weight: 4 },
    { arbitrary: huge, weight: 1 },
    { arbitrary: fc.constantFrom<unknown>({ target_type: 'wp', target_id: 'W' }, { participant_id: 'p1', participant_type: 'human' }, ['p1', 'p2']), weight: 2 },
  );
  const hostilePayload = fc
    .array(fc.tuple(fc.constantFrom(...FIELD_NAMES), hostileValue), { maxLength: 8 })
    .map((entries) => JSON.parse(JSON.stringify(safeFromEntries(entries))) as Record<string, unknown>);
  const hostileEvents = fc
    .array(fc.record({ type: fc.constantFrom<string>(...TYPES), payload: hostilePayload, clock: fc.nat(6), ts: fc.constantFrom<string>(...TIMESTAMPS) }), { maxLength: 15 })
    .map((specs) => specs.map((spec, i) => toEvent(spec, eid(i))));

  it('never crash: only the documented failures can escape, identically in the function and the incremental reducer', () => {
    fc.assert(
      fc.property(hostileEvents, modeArb, rosterArb, (events, mode, roster) => {
        const options = { mode, roster };
        let result: ReducedCollaborationState | null = null;
        try {
          result = reduceCollaborationEvents(events, options);
        } catch (error) {
          const allowed = error instanceof ValidationError || error instanceof TypeError || (mode === 'strict' && error instanceof UnknownParticipantError);
          expect(allowed).toBe(true);
        }
        if (result !== null) {
          expect(result.event_count).toBe(events.length);
          expect(typeof JSON.stringify(result.toDict())).toBe('string');
        }
        const reducer = new CollaborationReducer(options);
        for (const event of [...events].reverse()) reducer.apply(event);
        expect(outcome(() => reducer.state)).toEqual(reduceWith(events, options));
      }),
      RUNS,
    );
  });

  it('a TypeError or ValidationError only comes from a §8.10 shape', () => {
    const isScalar = (v: unknown): boolean => v === null || typeof v !== 'object';
    fc.assert(
      fc.property(hostileEvents, rosterArb, (events, roster) => {
        // Remove every §8.10 trigger: then permissive mode must not throw at all.
        const cleaned = events.map((event, i) => {
          const p = { ...event.payload };
          for (const key of ['comment_id', 'content', 'decision_id', 'topic', 'chosen_option', 'acknowledgement', 'linked_session_id']) {
            if (Object.hasOwn(p, key) && typeof p[key] !== 'string') delete p[key];
          }
          for (const key of ['reply_to', 'referenced_warning_id']) {
            if (Object.hasOwn(p, key) && p[key] !== null && typeof p[key] !== 'string') delete p[key];
          }
          if (event.event_type === 'PromptStepExecutionStarted' && Object.hasOwn(p, 'step_id') && typeof p['step_id'] !== 'string') delete p['step_id'];
          if (Object.hasOwn(p, 'participant_ids') && Array.isArray(p['participant_ids'])) {
            p['participant_ids'] = (p['participant_ids'] as unknown[]).filter((x) => typeof x === 'string');
          }
          if (Object.hasOwn(p, 'warning_id') && !isScalar(p['warning_id'])) delete p['warning_id'];
          return toEvent({ type: event.event_type, payload: p, clock: event.lamport_clock, ts: event.timestamp.isoText() }, eid(i));
        });
        expect(() => reduceCollaborationEvents(cleaned, { mode: 'permissive', roster })).not.toThrow();
      }),
      RUNS,
    );
  });
});
