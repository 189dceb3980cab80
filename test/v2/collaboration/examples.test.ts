/** The five worked examples of COLLABORATION.md §9, exactly. */
import fc from 'fast-check';
import {
  CollaborationReducer,
  FocusTarget,
  ParticipantIdentity,
  UnknownParticipantError,
  reduceCollaborationEvents,
} from '../../../src/v2/collaboration';
import {
  EXAMPLE_1,
  EXAMPLE_2,
  EXAMPLE_3,
  EXAMPLE_4_PERMISSIVE,
  EXAMPLE_4_STRICT,
  EXAMPLE_5,
  type WorkedExample,
} from './examples';
import { exampleEvents, exampleOptions, thrown } from './helpers';

const WITH_OUTPUT: readonly WorkedExample[] = [EXAMPLE_1, EXAMPLE_2, EXAMPLE_3, EXAMPLE_4_PERMISSIVE, EXAMPLE_5];

describe.each(WITH_OUTPUT.map((e) => [e.name, e] as const))('worked example %s', (_name, example) => {
  const events = exampleEvents(example);
  const options = exampleOptions(example);

  it('gives exactly the documented output', () => {
    expect(reduceCollaborationEvents(events, options).toDict()).toEqual(example.expected);
  });

  it('keeps the documented key order of every map', () => {
    const out = reduceCollaborationEvents(events, options).toDict();
    for (const key of ['participants', 'departed_participants', 'presence', 'focus_by_participant', 'participants_by_focus', 'active_executions', 'linked_sessions']) {
      expect(Object.keys(out[key] as object)).toEqual(Object.keys(example.expected![key] as object));
    }
    const warnings = out['warnings'] as { acknowledgements: object }[];
    const expectedWarnings = example.expected!['warnings'] as { acknowledgements: object }[];
    warnings.forEach((w, i) => expect(Object.keys(w.acknowledgements)).toEqual(Object.keys(expectedWarnings[i]!.acknowledgements)));
  });

  it('gives the same output for any permutation of the input, and incrementally', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        expect(reduceCollaborationEvents(shuffled, options).toDict()).toEqual(example.expected);
        const reducer = new CollaborationReducer(options);
        for (const event of shuffled) reducer.apply(event);
        expect(reducer.state.toDict()).toEqual(example.expected);
      }),
      { numRuns: 50 },
    );
  });

  it('round-trips its output through fromDict', () => {
    const state = reduceCollaborationEvents(events, options);
    expect(state.constructor.name).toBe('ReducedCollaborationState');
    expect((state.constructor as typeof import('../../../src/v2/collaboration').ReducedCollaborationState).fromDict(state.toDict())).toEqual(state);
  });
});

describe('example 1 details', () => {
  const state = reduceCollaborationEvents(exampleEvents(EXAMPLE_1));

  it('is strict by default and yields typed values', () => {
    expect(state.participants.get('p-claude')).toBeInstanceOf(ParticipantIdentity);
    expect(state.focus_by_participant.get('p-alice')).toBeInstanceOf(FocusTarget);
    expect(state.presence.get('p-bob')!.isoText()).toBe('2026-03-01T09:00:05+00:00');
    expect([...state.active_drivers].sort()).toEqual(['p-alice', 'p-claude']);
    expect([...state.participants_by_focus.get('wp:WP03')!].sort()).toEqual(['p-alice', 'p-bob', 'p-claude']);
    expect([...state.warnings[0]!.acknowledgements]).toEqual([
      ['p-bob', 'reassign'],
      ['p-alice', 'continue'],
    ]);
  });

  it('the id orders events that share clock and timestamp (#12 before #13)', () => {
    const acks = state.warnings[0]!.acknowledgements;
    expect([...acks.keys()][0]).toBe('p-bob');
  });
});

describe('example 4: strict rejection of a non-rostered participant', () => {
  const events = exampleEvents(EXAMPLE_4_STRICT);
  const options = exampleOptions(EXAMPLE_4_STRICT);

  it('throws UnknownParticipantError naming p-mallory and event #02', () => {
    const error = thrown(() => reduceCollaborationEvents(events, options)) as UnknownParticipantError;
    expect(error).toBeInstanceOf(UnknownParticipantError);
    expect(error.participantId).toBe('p-mallory');
    expect(error.eventId).toBe('01JQ0000000000000000000002');
    expect(error.eventType).toBe('CommentPosted');
    expect(error.message).toBe(EXAMPLE_4_STRICT.expectedError!.message);
  });

  it('is strict without an explicit mode too', () => {
    expect(() => reduceCollaborationEvents(events, { roster: options.roster })).toThrow(UnknownParticipantError);
  });

  it('the incremental reducer holds the error and re-throws it from state', () => {
    const reducer = new CollaborationReducer(options);
    for (const event of [...events].reverse()) expect(() => reducer.apply(event)).not.toThrow();
    const error = thrown(() => reducer.state) as UnknownParticipantError;
    expect(error.message).toBe(EXAMPLE_4_STRICT.expectedError!.message);
    expect(() => reducer.state).toThrow(UnknownParticipantError);
  });

  it('without the roster, permissive mode gives three Unknown participant anomalies', () => {
    const state = reduceCollaborationEvents(events, { mode: 'permissive' });
    expect(state.anomalies.map((a) => a.toDict())).toEqual([
      { event_id: '01JQ0000000000000000000001', event_type: 'PresenceHeartbeat', reason: "Unknown participant 'p-alice'" },
      { event_id: '01JQ0000000000000000000002', event_type: 'CommentPosted', reason: "Unknown participant 'p-mallory'" },
      { event_id: '01JQ0000000000000000000003', event_type: 'PresenceHeartbeat', reason: "Unknown participant 'p-alice'" },
    ]);
    expect(state.participants.size).toBe(0);
    expect(state.presence.size).toBe(0);
    expect(state.mission_id).toBe('M042');
    expect(state.event_count).toBe(3);
  });

  it('does not mutate the caller roster', () => {
    const roster = options.roster as Map<string, ParticipantIdentity>;
    const before = [...roster.entries()];
    reduceCollaborationEvents(events, { mode: 'permissive', roster });
    expect([...roster.entries()]).toEqual(before);
  });
});

describe('example 5 in strict mode', () => {
  it('throws at #10, the heartbeat after leaving', () => {
    const error = thrown(() => reduceCollaborationEvents(exampleEvents(EXAMPLE_5), { mode: 'strict' })) as UnknownParticipantError;
    expect(error).toBeInstanceOf(UnknownParticipantError);
    expect(error.message).toBe(
      "Unknown participant 'p-bob' in event 01JQ0000000000000000000010 (type=PresenceHeartbeat). Not in mission roster.",
    );
  });
});
