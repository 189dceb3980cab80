/** Rules of COLLABORATION.md §8 and the reducer behaviours pinned by §10 / §11. */
import {
  CollaborationAnomaly,
  ParticipantIdentity,
  UnknownParticipantError,
  reduceCollaborationEvents,
  type ReducedCollaborationState,
} from '../../../src/v2/collaboration';
import { ValidationError } from '../../../src/envelope/errors';
import {
  ack,
  collisionWarning,
  comment,
  completed,
  decision,
  driverWarning,
  ev,
  focus,
  heartbeat,
  identity,
  identityDict,
  intent,
  invited,
  joined,
  left,
  reasons,
  reduceP,
  sessionLinked,
  started,
  thrown,
} from './helpers';

const WP03 = { target_type: 'wp', target_id: 'WP03' };

function anomalyDicts(state: ReducedCollaborationState): Record<string, unknown>[] {
  return state.anomalies.map((a) => a.toDict());
}

describe('early results (§8.1)', () => {
  it('[] gives mission_id "", count 0, empty participants, null last id (roster ignored)', () => {
    for (const state of [
      reduceCollaborationEvents([]),
      reduceCollaborationEvents([], { mode: 'permissive', roster: new Map([['p1', identity('p1')]]) }),
    ]) {
      expect(state.mission_id).toBe('');
      expect(state.event_count).toBe(0);
      expect(state.participants.size).toBe(0);
      expect(state.last_processed_event_id).toBeNull();
      expect(state.toDict()).toEqual(reduceCollaborationEvents([]).toDict());
    }
  });

  it('only non-collaboration events give the same empty state, roster ignored', () => {
    const events = [
      ev('WPStatusChanged', { mission_id: 'M9', participant_id: 'p1' }),
      ev('participantjoined', { participant_id: 'p1', participant_identity: identityDict('p1'), mission_id: 'M9' }),
    ];
    const state = reduceCollaborationEvents(events, { roster: { p1: identity('p1') } });
    expect(state.mission_id).toBe('');
    expect(state.event_count).toBe(0);
    expect(state.participants.size).toBe(0);
    expect(state.last_processed_event_id).toBeNull();
  });
});

describe('pipeline: filter, sort, dedup (§8.2)', () => {
  it('non-collaboration events are dropped before counting', () => {
    const events = [joined('p1', { clock: 1 }), ev('WPStatusChanged', {}, { clock: 2 }), heartbeat('p1', { clock: 3 })];
    const state = reduceCollaborationEvents(events);
    expect(state.event_count).toBe(2);
    expect(state.last_processed_event_id).toBe(events[2]!.event_id);
  });

  it('event_count counts distinct events; the last id is the highest-clock event; a repeated id counts once', () => {
    const a = joined('p1', { clock: 5 });
    const b = heartbeat('p1', { clock: 9 });
    const c = intent('p1', 'active', { clock: 7 });
    const state = reduceCollaborationEvents([b, a, c, a, b]);
    expect(state.event_count).toBe(3);
    expect(state.last_processed_event_id).toBe(b.event_id);
  });

  it('orders by clock, then timestamp text, then event id', () => {
    const j = joined('p1', { clock: 1 });
    // Same clock: the timestamp text decides (Z renders +00:00, which sorts before +05:00 text).
    const late = heartbeat('p1', { clock: 2, ts: '2026-01-01T10:00:00+05:00', id: '01JT0000000000000000000001' });
    const early = heartbeat('p1', { clock: 2, ts: '2026-01-01T06:00:00Z', id: '01JT0000000000000000000002' });
    const state = reduceCollaborationEvents([late, early, j]);
    expect(state.presence.get('p1')!.isoText()).toBe('2026-01-01T10:00:00+05:00');
    expect(state.last_processed_event_id).toBe(late.event_id);
  });

  it('a duplicate id keeps the copy with the smallest key', () => {
    const j = joined('p1', { clock: 1 });
    const id = '01JT0000000000000000000099';
    const first = heartbeat('p1', { clock: 3, id, ts: '2026-01-01T00:00:03Z' });
    const second = heartbeat('p1', { clock: 2, id, ts: '2026-01-01T00:00:02Z' });
    const state = reduceCollaborationEvents([j, first, second]);
    expect(state.presence.get('p1')!.isoText()).toBe('2026-01-01T00:00:02+00:00');
    expect(state.event_count).toBe(2);
  });
});

describe('mission id (§8.3)', () => {
  it('comes from the first event of U only', () => {
    expect(reduceCollaborationEvents([joined('p1', { clock: 1 }, 'M001'), joined('p2', { clock: 2 }, 'M777')]).mission_id).toBe('M001');
  });

  it.each([[''], [null], [5], [['M1']]])('is "" when the first mission_id is %p, even if later events carry one', (value) => {
    const first = ev('PresenceHeartbeat', { participant_id: 'ghost', mission_id: value }, { clock: 1 });
    const state = reduceP([first, joined('p1', { clock: 2 })]);
    expect(state.mission_id).toBe('');
  });

  it('is "" when the first event has no mission_id; it is taken even from a rejected event; aggregate_id is ignored', () => {
    expect(reduceP([ev('PresenceHeartbeat', { participant_id: 'p1' }, { clock: 1 }), joined('p1', { clock: 2 })]).mission_id).toBe('');
    const rejected = ev('PresenceHeartbeat', { participant_id: 'ghost', mission_id: 'M-first' }, { clock: 1 });
    expect(reduceP([rejected]).mission_id).toBe('M-first');
    expect(reduceP([rejected]).anomalies).toHaveLength(1);
  });
});

describe('roster events', () => {
  it('join adds; leave moves to departed; re-join after leave restores (appended at the end)', () => {
    const events = [joined('p1'), joined('p2'), left('p1')];
    let state = reduceCollaborationEvents(events);
    expect([...state.participants.keys()]).toEqual(['p2']);
    expect([...state.departed_participants.keys()]).toEqual(['p1']);
    state = reduceCollaborationEvents([...events, joined('p1')]);
    expect([...state.participants.keys()]).toEqual(['p2', 'p1']);
    expect(state.departed_participants.size).toBe(0);
    expect(state.anomalies).toHaveLength(0);
  });

  it('invite adds to the roster; invite then join of the same id is a duplicate join and the joined identity is discarded', () => {
    const state = reduceCollaborationEvents([
      invited('p1'),
      ev('ParticipantJoined', { participant_id: 'p1', participant_identity: identityDict('p1', 'llm_context', 'New'), mission_id: 'M001' }),
    ]);
    expect(state.participants.get('p1')!.participant_type).toBe('human');
    expect(reasons(state)).toEqual(["Duplicate join for participant 'p1'"]);
  });

  it('duplicate join gives exactly one anomaly (permissive and strict)', () => {
    for (const mode of ['permissive', 'strict'] as const) {
      const state = reduceCollaborationEvents([joined('p1'), joined('p1')], { mode });
      expect(reasons(state)).toEqual(["Duplicate join for participant 'p1'"]);
    }
  });

  it('a roster-seeded participant that joins gets a Duplicate join anomaly', () => {
    const state = reduceCollaborationEvents([joined('p1')], { roster: { p1: identity('p1') } });
    expect(reasons(state)).toEqual(["Duplicate join for participant 'p1'"]);
  });

  it('duplicate invite', () => {
    expect(reasons(reduceCollaborationEvents([joined('p1'), invited('p1')]))).toEqual([
      "Participant 'p1' already in roster (duplicate invite)",
    ]);
  });

  it('duplicate leave gives exactly one anomaly containing "not in roster", in strict and permissive', () => {
    for (const mode of ['strict', 'permissive'] as const) {
      const state = reduceCollaborationEvents([joined('p1'), left('p1'), left('p1')], { mode });
      expect(reasons(state)).toEqual(["Participant 'p1' not in roster (duplicate leave or unknown)"]);
    }
    expect(reasons(reduceCollaborationEvents([left('stranger')]))).toEqual([
      "Participant 'stranger' not in roster (duplicate leave or unknown)",
    ]);
  });

  it.each([[undefined], [''], [5], [null], [['p1']]])('Invited/Joined/Left with participant_id %p → Missing participant_id (strict too)', (pid) => {
    const payload = pid === undefined ? {} : { participant_id: pid };
    for (const type of ['ParticipantInvited', 'ParticipantJoined', 'ParticipantLeft']) {
      const state = reduceCollaborationEvents([ev(type, { ...payload, participant_identity: identityDict('p1'), mission_id: 'M001' })]);
      expect(anomalyDicts(state)).toEqual([
        { event_id: state.last_processed_event_id, event_type: type, reason: 'Missing participant_id in payload' },
      ]);
    }
  });

  it.each([
    ['absent', undefined],
    ['null', null],
    ['a string', 'p1'],
    ['a list', [identityDict('p1')]],
    ['missing type', { participant_id: 'p1' }],
    ['bad type', { participant_id: 'p1', participant_type: 'robot' }],
    ['"" id', { participant_id: '', participant_type: 'human' }],
    ['numeric display_name', { participant_id: 'p1', participant_type: 'human', display_name: 5 }],
  ])('Invited/Joined with identity %s → Invalid participant_identity', (_label, value) => {
    for (const type of ['ParticipantInvited', 'ParticipantJoined']) {
      const payload: Record<string, unknown> = { participant_id: 'p1', mission_id: 'M001' };
      if (value !== undefined) payload['participant_identity'] = value;
      const state = reduceCollaborationEvents([ev(type, payload)]);
      expect(reasons(state)).toEqual(['Invalid participant_identity in payload']);
      expect(state.participants.size).toBe(0);
    }
  });

  it('a ParticipantIdentity instance in a payload is not a plain object', () => {
    const payload = { participant_id: 'p1', participant_identity: identity('p1'), mission_id: 'M001' };
    expect(reasons(reduceCollaborationEvents([ev('ParticipantJoined', payload)]))).toEqual(['Invalid participant_identity in payload']);
  });

  it('identity is validated before the duplicate check; extra keys are fine; the identity is stored as given', () => {
    const bad = ev('ParticipantJoined', { participant_id: 'p1', participant_identity: { participant_id: 'p1' }, mission_id: 'M001' });
    expect(reasons(reduceCollaborationEvents([joined('p1'), bad]))).toEqual(['Invalid participant_identity in payload']);
    const other = ev('ParticipantJoined', {
      participant_id: 'p1',
      participant_identity: { ...identityDict('someone-else'), extra: true },
      mission_id: 'M001',
    });
    const state = reduceCollaborationEvents([other]);
    expect(state.participants.get('p1')!.participant_id).toBe('someone-else');
    expect(state.participants.get('p1')!.toDict()).toEqual(identityDict('someone-else'));
  });

  it('inviting someone who has left puts them in both participants and departed; a join then replaces in place', () => {
    let state = reduceCollaborationEvents([joined('p1'), joined('p2'), left('p1'), invited('p1')]);
    expect([...state.participants.keys()]).toEqual(['p2', 'p1']);
    expect([...state.departed_participants.keys()]).toEqual(['p1']);
    state = reduceCollaborationEvents([joined('p1'), joined('p2'), left('p1'), invited('p1'), joined('p3'), joined('p1')]);
    expect([...state.participants.keys()]).toEqual(['p2', 'p1', 'p3']);
    expect(state.departed_participants.size).toBe(0);
    expect(state.anomalies).toHaveLength(0);
  });

  it('leaving clears driver, focus and its index key, presence and execution, not sessions, warnings, comments, decisions', () => {
    const state = reduceCollaborationEvents([
      joined('p1'),
      joined('p2'),
      intent('p1', 'active'),
      focus('p1', WP03),
      focus('p2', { target_type: 'file', target_id: 'a.py' }),
      heartbeat('p1'),
      started('p1', 's1'),
      sessionLinked('p1', 'saas-1'),
      driverWarning('w1', ['p1', 'p2']),
      ack('p1', 'w1', 'hold'),
      comment('p1'),
      decision('p1'),
      left('p1'),
    ]);
    expect(state.active_drivers.size).toBe(0);
    expect(state.focus_by_participant.has('p1')).toBe(false);
    expect(state.participants_by_focus.has('wp:WP03')).toBe(false);
    expect([...state.participants_by_focus.keys()]).toEqual(['file:a.py']);
    expect(state.presence.size).toBe(0);
    expect(state.active_executions.has('p1')).toBe(false);
    expect(state.linked_sessions.get('p1')).toEqual(['saas-1']);
    expect(state.warnings[0]!.acknowledgements.get('p1')).toBe('hold');
    expect(state.comments).toHaveLength(1);
    expect(state.decisions).toHaveLength(1);
  });

  it('a second leave after an invite-after-leave replaces the departed entry in place', () => {
    const reinvite = ev('ParticipantInvited', {
      participant_id: 'p1',
      participant_identity: identityDict('p1', 'llm_context', 'Again'),
      invited_by: 'p2',
      mission_id: 'M001',
    });
    const before = [joined('p1'), joined('p2'), joined('p3'), left('p1'), left('p2')];
    const state = reduceCollaborationEvents([...before, reinvite, left('p1')]);
    expect([...state.departed_participants.keys()]).toEqual(['p1', 'p2']);
    expect(state.departed_participants.get('p1')!.display_name).toBe('Again');
    expect([...state.participants.keys()]).toEqual(['p3']);
  });

  it('a re-joined participant re-added to presence moves to the end', () => {
    const state = reduceCollaborationEvents([joined('p1'), joined('p2'), heartbeat('p1'), heartbeat('p2'), left('p1'), joined('p1'), heartbeat('p1')]);
    expect([...state.presence.keys()]).toEqual(['p2', 'p1']);
  });
});

describe('strict and permissive modes (§8.5 KNOWN)', () => {
  it('strict: a heartbeat from an unknown id raises with participantId set', () => {
    const error = thrown(() => reduceCollaborationEvents([heartbeat('ghost')])) as UnknownParticipantError;
    expect(error).toBeInstanceOf(UnknownParticipantError);
    expect(error.participantId).toBe('ghost');
    expect(error.eventType).toBe('PresenceHeartbeat');
  });

  it('strict: a drive intent from a participant who left raises', () => {
    expect(() => reduceCollaborationEvents([joined('p1'), left('p1'), intent('p1', 'active')])).toThrow(UnknownParticipantError);
  });

  it('strict: a seeded roster lets a heartbeat pass without a join and records presence', () => {
    const hb = heartbeat('p1', { ts: '2026-02-02T02:02:02Z' });
    const state = reduceCollaborationEvents([hb], { roster: new Map([['p1', identity('p1')]]) });
    expect(state.presence.get('p1')).toBe(hb.timestamp);
    expect(state.participants.has('p1')).toBe(true);
    expect(state.anomalies).toHaveLength(0);
  });

  it('permissive: an unknown id gives one anomaly containing "Unknown participant"', () => {
    const state = reduceP([heartbeat('ghost')]);
    expect(reasons(state)).toEqual(["Unknown participant 'ghost'"]);
  });

  it.each([['permissive'], [null], ['STRICT'], ['lenient']])('mode %p behaves as permissive', (mode) => {
    const state = reduceCollaborationEvents([heartbeat('ghost')], { mode: mode as 'permissive' });
    expect(reasons(state)).toEqual(["Unknown participant 'ghost'"]);
  });

  it('an undefined mode, or no options at all, is strict', () => {
    expect(() => reduceCollaborationEvents([heartbeat('ghost')], { mode: undefined })).toThrow(UnknownParticipantError);
    expect(() => reduceCollaborationEvents([heartbeat('ghost')], null)).toThrow(UnknownParticipantError);
    expect(() => reduceCollaborationEvents([heartbeat('ghost')])).toThrow(UnknownParticipantError);
  });

  it.each([
    ['PresenceHeartbeat', (id: string) => heartbeat(id)],
    ['DriveIntentSet', (id: string) => intent(id, 'active')],
    ['FocusChanged', (id: string) => focus(id, WP03)],
    ['PromptStepExecutionStarted', (id: string) => started(id, 's1')],
    ['PromptStepExecutionCompleted', (id: string) => completed(id, 's1')],
    ['WarningAcknowledged', (id: string) => ack(id, 'w1')],
    ['CommentPosted', (id: string) => comment(id)],
    ['DecisionCaptured', (id: string) => decision(id)],
    ['SessionLinked', (id: string) => sessionLinked(id, 'x')],
  ])('%s checks KNOWN: raises in strict, one anomaly in permissive, no state change', (type, make) => {
    const event = make('ghost');
    const error = thrown(() => reduceCollaborationEvents([event])) as UnknownParticipantError;
    expect(error.eventType).toBe(type);
    expect(error.eventId).toBe(event.event_id);
    const state = reduceP([event]);
    expect(anomalyDicts(state)).toEqual([{ event_id: event.event_id, event_type: type, reason: "Unknown participant 'ghost'" }]);
    const out = state.toDict();
    for (const key of ['presence', 'focus_by_participant', 'active_executions', 'linked_sessions']) expect(out[key]).toEqual({});
    expect(out['active_drivers']).toEqual([]);
    expect(out['comments']).toEqual([]);
    expect(out['decisions']).toEqual([]);
  });

  it.each([
    ['PresenceHeartbeat'],
    ['DriveIntentSet'],
    ['FocusChanged'],
    ['PromptStepExecutionStarted'],
    ['PromptStepExecutionCompleted'],
    ['WarningAcknowledged'],
    ['CommentPosted'],
    ['DecisionCaptured'],
    ['SessionLinked'],
  ])('%s with an invalid participant_id is skipped silently, even in strict mode', (type) => {
    for (const pid of [undefined, '', 5, null, ['x'], { id: 'x' }]) {
      const payload: Record<string, unknown> = { mission_id: 'M001', intent: 'active', focus_target: WP03, step_id: 's', warning_id: 'w' };
      if (pid !== undefined) payload['participant_id'] = pid;
      const event = ev(type, payload);
      const state = reduceCollaborationEvents([event]);
      expect(state.anomalies).toHaveLength(0);
      expect(state.event_count).toBe(1);
      expect(state.last_processed_event_id).toBe(event.event_id);
      expect(state.mission_id).toBe('M001');
    }
  });

  it('the has departed anomaly never appears: a departed participant is simply unknown', () => {
    const state = reduceP([joined('p1'), left('p1'), heartbeat('p1'), intent('p1', 'active'), focus('p1', WP03)]);
    expect(reasons(state)).toEqual(["Unknown participant 'p1'", "Unknown participant 'p1'", "Unknown participant 'p1'"]);
    expect(state.presence.size).toBe(0);
  });
});

describe('presence, drive intent and focus', () => {
  it('presence keeps the envelope timestamp of the last processed heartbeat, even if earlier', () => {
    const state = reduceCollaborationEvents([
      joined('p1', { clock: 1 }),
      heartbeat('p1', { clock: 2, ts: '2026-05-05T00:00:00.5+02:00' }),
      heartbeat('p1', { clock: 3, ts: '2020-01-01T00:00:00' }),
    ]);
    expect(state.presence.get('p1')!.isoText()).toBe('2020-01-01T00:00:00');
    expect(state.toDict()['presence']).toEqual({ p1: '2020-01-01T00:00:00' });
    const zoned = reduceCollaborationEvents([joined('p1', { clock: 1 }), heartbeat('p1', { clock: 2, ts: '2026-05-05T00:00:00.5+02:00' })]);
    expect(zoned.toDict()['presence']).toEqual({ p1: '2026-05-05T00:00:00.500000+02:00' });
  });

  it('intent active adds, inactive removes, anything else does nothing', () => {
    expect([...reduceCollaborationEvents([joined('p1'), intent('p1', 'active')]).active_drivers]).toEqual(['p1']);
    expect(reduceCollaborationEvents([joined('p1'), intent('p1', 'active'), intent('p1', 'inactive')]).active_drivers.size).toBe(0);
    for (const other of ['ACTIVE', null, 1, undefined]) {
      const state = reduceCollaborationEvents([joined('p1'), intent('p1', 'active'), intent('p1', other)]);
      expect([...state.active_drivers]).toEqual(['p1']);
      expect(state.anomalies).toHaveLength(0);
    }
  });

  it('active_drivers is rendered sorted by code point', () => {
    const ids = ['b', 'B', '\uffff', '😀', 'a'];
    const state = reduceCollaborationEvents([...ids.map((id) => joined(id)), ...ids.map((id) => intent(id, 'active'))]);
    expect(state.toDict()['active_drivers']).toEqual(['B', 'a', 'b', '\uffff', '😀']);
  });

  it('focus sets focus_by_participant and the wp:WP03 index; moving focus removes the old key entirely', () => {
    let state = reduceCollaborationEvents([joined('p1'), focus('p1', WP03)]);
    expect(state.focus_by_participant.get('p1')!.toDict()).toEqual(WP03);
    expect([...state.participants_by_focus.get('wp:WP03')!]).toEqual(['p1']);
    state = reduceCollaborationEvents([joined('p1'), focus('p1', WP03), focus('p1', { target_type: 'step', target_id: 'step-5' })]);
    expect(state.participants_by_focus.has('wp:WP03')).toBe(false);
    expect([...state.participants_by_focus.keys()]).toEqual(['step:step-5']);
  });

  it('index keys are "type:id" without escaping and keep insertion order; refocus by the only member moves the key last', () => {
    const state = reduceCollaborationEvents([
      joined('p1'),
      joined('p2'),
      focus('p1', { target_type: 'file', target_id: 'a:b' }),
      focus('p2', { target_type: 'file', target_id: 'src/main.py' }),
      focus('p1', { target_type: 'file', target_id: 'a:b' }),
    ]);
    expect([...state.participants_by_focus.keys()]).toEqual(['file:src/main.py', 'file:a:b']);
  });

  it('a shared key keeps its place when one of its members leaves it', () => {
    const state = reduceCollaborationEvents([
      joined('p1'),
      joined('p2'),
      joined('p3'),
      focus('p1', WP03),
      focus('p2', WP03),
      focus('p3', { target_type: 'step', target_id: 's' }),
      focus('p1', { target_type: 'step', target_id: 's' }),
    ]);
    expect([...state.participants_by_focus.keys()]).toEqual(['wp:WP03', 'step:s']);
    expect(state.toDict()['participants_by_focus']).toEqual({ 'wp:WP03': ['p2'], 'step:s': ['p1', 'p3'] });
  });

  it.each([
    ['absent', undefined],
    ['null', null],
    ['a string', 'wp:WP03'],
    ['a list', [WP03]],
    ['bad type', { target_type: 'dir', target_id: 'x' }],
    ['"" id', { target_type: 'wp', target_id: '' }],
    ['numeric id', { target_type: 'wp', target_id: 3 }],
    ['missing id', { target_type: 'wp' }],
    ['lone surrogate id', { target_type: 'wp', target_id: 'a\ud800' }],
  ])('focus_target %s → Invalid focus_target anomaly (both modes), old focus stays', (_label, target) => {
    for (const mode of ['strict', 'permissive'] as const) {
      const payload: Record<string, unknown> = { participant_id: 'p1', mission_id: 'M001' };
      if (target !== undefined) payload['focus_target'] = target;
      const state = reduceCollaborationEvents([joined('p1'), focus('p1', WP03), ev('FocusChanged', payload)], { mode });
      expect(reasons(state)).toEqual(['Invalid focus_target in payload']);
      expect(state.focus_by_participant.get('p1')!.toDict()).toEqual(WP03);
    }
  });

  it('a FocusTarget instance in the payload is not a plain object; extra keys and astral ids are fine', () => {
    const { FocusTarget } = jest.requireActual('../../../src/v2/collaboration') as typeof import('../../../src/v2/collaboration');
    expect(reasons(reduceCollaborationEvents([joined('p1'), focus('p1', FocusTarget.fromDict(WP03))]))).toEqual(['Invalid focus_target in payload']);
    const state = reduceCollaborationEvents([joined('p1'), focus('p1', { target_type: 'file', target_id: '😀.py', extra: 1 })]);
    expect(state.toDict()['participants_by_focus']).toEqual({ 'file:😀.py': ['p1'] });
  });

  it('previous_focus_target is neither read nor validated', () => {
    const j = joined('p1');
    const event = ev('FocusChanged', { participant_id: 'p1', mission_id: 'M001', focus_target: WP03, previous_focus_target: 'garbage' });
    expect(reduceCollaborationEvents([j, event]).anomalies).toHaveLength(0);
  });
});

describe('step executions', () => {
  it('start records the step; completion removes it; the key stays with an empty list', () => {
    const state = reduceCollaborationEvents([joined('p1'), started('p1', 's1'), completed('p1', 's1')]);
    expect(state.active_executions.get('p1')).toEqual([]);
    expect(state.toDict()['active_executions']).toEqual({ p1: [] });
  });

  it('repeats are kept and completion removes the first equal element only', () => {
    const state = reduceCollaborationEvents([joined('p1'), started('p1', 's1'), started('p1', 's2'), started('p1', 's1'), completed('p1', 's1')]);
    expect(state.active_executions.get('p1')).toEqual(['s2', 's1']);
  });

  it('completion without start gives one No matching anomaly in strict mode (no raise)', () => {
    const state = reduceCollaborationEvents([joined('p1'), completed('p1', 's-7')]);
    expect(reasons(state)).toEqual(["No matching PromptStepExecutionStarted for step 's-7' by participant 'p1'"]);
    expect(state.active_executions.size).toBe(0);
  });

  it('a step started by one participant cannot be completed by another', () => {
    const state = reduceCollaborationEvents([joined('p1'), joined('p2'), started('p1', 's1'), completed('p2', 's1')]);
    expect(reasons(state)).toEqual(["No matching PromptStepExecutionStarted for step 's1' by participant 'p2'"]);
    expect(state.active_executions.get('p1')).toEqual(['s1']);
  });

  it('an absent step_id is ""', () => {
    const noStep = (type: string): ReturnType<typeof ev> => ev(type, { participant_id: 'p1', mission_id: 'M001' });
    const state = reduceCollaborationEvents([joined('p1'), noStep('PromptStepExecutionStarted')]);
    expect(state.active_executions.get('p1')).toEqual(['']);
    expect(reasons(reduceCollaborationEvents([joined('p1'), noStep('PromptStepExecutionCompleted')]))).toEqual([
      "No matching PromptStepExecutionStarted for step '' by participant 'p1'",
    ]);
  });

  it('matching uses Python equality: true == 1, [true] == [1], objects ignore key order, "1" != 1', () => {
    const run = (start: unknown, complete: unknown): string[] =>
      reasons(reduceCollaborationEvents([joined('p1'), started('p1', start), completed('p1', complete), started('p1', 'ok')]));
    expect(run(true, 1)).toEqual([]);
    expect(run(0, false)).toEqual([]);
    expect(run([true, { a: 1, b: [null] }], [1, { b: [null], a: true }])).toEqual([]);
    expect(run('1', 1)).toEqual(["No matching PromptStepExecutionStarted for step 1 by participant 'p1'"]);
    // A non-matching non-string start would fail at assembly (§8.10), so clear it afterwards.
    const clearing = (start: unknown, complete: unknown): string[] =>
      reasons(reduceCollaborationEvents([joined('p1'), started('p1', start), completed('p1', complete), completed('p1', start)]));
    expect(clearing(null, 0)).toEqual(["No matching PromptStepExecutionStarted for step 0 by participant 'p1'"]);
    expect(clearing(0, null)).toEqual(["No matching PromptStepExecutionStarted for step None by participant 'p1'"]);
    expect(clearing([1], { 0: 1 })).toEqual(["No matching PromptStepExecutionStarted for step {'0': 1} by participant 'p1'"]);
    expect(clearing({ a: 1 }, { a: 1, b: 2 })).toEqual(["No matching PromptStepExecutionStarted for step {'a': 1, 'b': 2} by participant 'p1'"]);
  });

  it('quotes a composite step with pyRepr', () => {
    const state = reduceCollaborationEvents([joined('p1'), completed('p1', ['a', 1, null, true, { k: 'v' }])]);
    expect(reasons(state)).toEqual([
      "No matching PromptStepExecutionStarted for step ['a', 1, None, True, {'k': 'v'}] by participant 'p1'",
    ]);
  });

  it('a non-string step that was later completed does no harm', () => {
    const state = reduceCollaborationEvents([joined('p1'), started('p1', 5), completed('p1', 5)]);
    expect(state.active_executions.get('p1')).toEqual([]);
  });
});

describe('warnings and acknowledgements', () => {
  it('each warning type is recorded with its warning_type and participant_ids as given', () => {
    const joins = [joined('p1'), joined('p2')];
    const cdw = driverWarning('w1', ['p2', 'p1', 'p2']);
    const psc = collisionWarning('w2', ['p1', 'p2']);
    const state = reduceCollaborationEvents([...joins, cdw, psc]);
    expect(state.warnings.map((w) => w.toDict())).toEqual([
      { warning_id: 'w1', event_id: cdw.event_id, warning_type: 'ConcurrentDriverWarning', participant_ids: ['p2', 'p1', 'p2'], acknowledgements: {} },
      { warning_id: 'w2', event_id: psc.event_id, warning_type: 'PotentialStepCollisionDetected', participant_ids: ['p1', 'p2'], acknowledgements: {} },
    ]);
  });

  it('acknowledgement gives {"p1": "continue"}; a second one overwrites and keeps the position; any value is stored', () => {
    let state = reduceCollaborationEvents([joined('p1'), joined('p2'), driverWarning('w1', ['p1', 'p2']), ack('p1', 'w1', 'continue')]);
    expect(state.warnings[0]!.toDict()['acknowledgements']).toEqual({ p1: 'continue' });
    state = reduceCollaborationEvents([
      joined('p1'),
      joined('p2'),
      joined('p3'),
      driverWarning('w1', ['p1', 'p2']),
      ack('p1', 'w1', 'hold'),
      ack('p3', 'w1', 'banana'),
      ack('p1', 'w1', 'reassign'),
    ]);
    expect([...state.warnings[0]!.acknowledgements]).toEqual([
      ['p1', 'reassign'],
      ['p3', 'banana'],
    ]);
  });

  it('an absent acknowledgement is stored as ""', () => {
    const before = [joined('p1'), joined('p2'), driverWarning('w1', ['p1', 'p2'])];
    const event = ev('WarningAcknowledged', { participant_id: 'p1', mission_id: 'M001', warning_id: 'w1' });
    const state = reduceCollaborationEvents([...before, event]);
    expect(state.warnings[0]!.acknowledgements.get('p1')).toBe('');
  });

  it('acknowledging an unknown warning gives one "not found" anomaly in strict mode (no raise), nothing stored', () => {
    const state = reduceCollaborationEvents([joined('p1'), ack('p1', 'warn-404', 'defer')]);
    expect(reasons(state)).toEqual(["Warning 'warn-404' not found"]);
    expect(state.warnings).toHaveLength(0);
  });

  it.each([
    [null, 'Warning None not found'],
    [5, 'Warning 5 not found'],
    [true, 'Warning True not found'],
    [undefined, "Warning '' not found"],
  ])('warning_id %p renders as %p', (warningId, reason) => {
    const payload: Record<string, unknown> = { participant_id: 'p1', mission_id: 'M001', acknowledgement: 'hold' };
    if (warningId !== undefined) payload['warning_id'] = warningId;
    expect(reasons(reduceCollaborationEvents([joined('p1'), ev('WarningAcknowledged', payload)]))).toEqual([reason]);
  });

  it('a re-used warning id replaces the entry in place and resets acknowledgements', () => {
    const before = [
      joined('p1'),
      joined('p2'),
      joined('p3'),
      driverWarning('w1', ['p1', 'p2']),
      driverWarning('w2', ['p1', 'p3']),
      ack('p1', 'w1', 'hold'),
    ];
    const second = collisionWarning('w1', ['p2', 'p3']);
    const state = reduceCollaborationEvents([...before, second]);
    expect(state.warnings.map((w) => w.warning_id)).toEqual(['w1', 'w2']);
    expect(state.warnings[0]!.toDict()).toEqual({
      warning_id: 'w1',
      event_id: second.event_id,
      warning_type: 'PotentialStepCollisionDetected',
      participant_ids: ['p2', 'p3'],
      acknowledgements: {},
    });
  });

  it('unknown participants: every element is checked in order, duplicates included; the warning is still recorded', () => {
    const j = joined('p1');
    const warning = driverWarning('w1', ['ghost', 'p1', 'ghost', 'other']);
    const state = reduceP([j, warning]);
    expect(anomalyDicts(state)).toEqual([
      { event_id: warning.event_id, event_type: 'ConcurrentDriverWarning', reason: "Unknown participant 'ghost'" },
      { event_id: warning.event_id, event_type: 'ConcurrentDriverWarning', reason: "Unknown participant 'ghost'" },
      { event_id: warning.event_id, event_type: 'ConcurrentDriverWarning', reason: "Unknown participant 'other'" },
    ]);
    expect(state.warnings[0]!.participant_ids).toEqual(['ghost', 'p1', 'ghost', 'other']);
    const error = thrown(() => reduceCollaborationEvents([j, warning])) as UnknownParticipantError;
    expect(error.participantId).toBe('ghost');
  });

  it('empty or one-element participant_ids are accepted; absent means []', () => {
    const before = [joined('p1'), driverWarning('w1', []), collisionWarning('w2', ['p1'])];
    const noIds = ev('ConcurrentDriverWarning', { warning_id: 'w0', mission_id: 'M001' });
    const state = reduceCollaborationEvents([...before, noIds]);
    expect(state.warnings.map((w) => [w.warning_id, w.participant_ids])).toEqual([
      ['w1', []],
      ['w2', ['p1']],
      ['w0', []],
    ]);
  });

  it('an invalid warning_id or a non-array participant_ids is skipped silently', () => {
    const events = [
      driverWarning('', ['ghost']),
      driverWarning(5, ['ghost']),
      driverWarning(null, ['ghost']),
      ev('ConcurrentDriverWarning', { participant_ids: ['ghost'] }),
      driverWarning('w1', 'ghost'),
      driverWarning('w2', { a: 'ghost' }),
      driverWarning('w3', null),
    ];
    const state = reduceCollaborationEvents(events);
    expect(state.warnings).toHaveLength(0);
    expect(state.anomalies).toHaveLength(0);
    expect(state.event_count).toBe(7);
  });

  it('a warning naming a departed participant is still recorded (permissive)', () => {
    const state = reduceP([joined('p1'), joined('p2'), left('p2'), driverWarning('w1', ['p1', 'p2'])]);
    expect(reasons(state)).toEqual(["Unknown participant 'p2'"]);
    expect(state.warnings).toHaveLength(1);
  });

  it('the acknowledger need not be one of the warning participants', () => {
    const state = reduceCollaborationEvents([joined('p1'), joined('p2'), joined('p3'), driverWarning('w1', ['p1', 'p2']), ack('p3', 'w1', 'defer')]);
    expect(state.warnings[0]!.acknowledgements.get('p3')).toBe('defer');
  });
});

describe('comments, decisions, linked sessions', () => {
  it('comments with reply_to are recorded in processing order; ids are not deduplicated', () => {
    const joins = [joined('p1'), joined('p2')];
    const c1 = comment('p1', { comment_id: 'c-1', content: 'first' });
    const c2 = comment('p2', { comment_id: 'c-1', content: 'again', reply_to: 'c-1' });
    const c3 = ev('CommentPosted', { participant_id: 'p1', mission_id: 'M001' });
    const state = reduceCollaborationEvents([...joins, c1, c2, c3]);
    expect(state.comments.map((c) => c.toDict())).toEqual([
      { comment_id: 'c-1', event_id: c1.event_id, participant_id: 'p1', content: 'first', reply_to: null },
      { comment_id: 'c-1', event_id: c2.event_id, participant_id: 'p2', content: 'again', reply_to: 'c-1' },
      { comment_id: '', event_id: c3.event_id, participant_id: 'p1', content: '', reply_to: null },
    ]);
  });

  it('decisions are recorded without rationale; referenced_warning_id is not checked', () => {
    const j = joined('p1');
    const d = decision('p1', { decision_id: 'd-9', topic: 'T', chosen_option: 'O', rationale: 'because', referenced_warning_id: 'nope' });
    const bare = ev('DecisionCaptured', { participant_id: 'p1', mission_id: 'M001' });
    const state = reduceCollaborationEvents([j, d, bare]);
    expect(state.decisions.map((x) => x.toDict())).toEqual([
      { decision_id: 'd-9', event_id: d.event_id, participant_id: 'p1', topic: 'T', chosen_option: 'O', referenced_warning_id: 'nope' },
      { decision_id: '', event_id: bare.event_id, participant_id: 'p1', topic: '', chosen_option: '', referenced_warning_id: null },
    ]);
    expect(state.anomalies).toHaveLength(0);
  });

  it('linked sessions are recorded with duplicates and an absent id as ""', () => {
    const before = [joined('p1'), sessionLinked('p1', 's1'), sessionLinked('p1', 's1')];
    const bare = ev('SessionLinked', { participant_id: 'p1', mission_id: 'M001' });
    const state = reduceCollaborationEvents([...before, bare]);
    expect(state.linked_sessions.get('p1')).toEqual(['s1', 's1', '']);
  });
});

describe('full scenarios pinned by the reference tests (§10)', () => {
  it('2 joins, 2 active intents, 2 focus on WP03, warning, acks continue/hold', () => {
    const state = reduceCollaborationEvents([
      joined('p1'),
      joined('p2'),
      intent('p1', 'active'),
      intent('p2', 'active'),
      focus('p1', WP03),
      focus('p2', WP03),
      driverWarning('w1', ['p1', 'p2']),
      ack('p1', 'w1', 'continue'),
      ack('p2', 'w1', 'hold'),
    ]);
    expect([...state.active_drivers].sort()).toEqual(['p1', 'p2']);
    expect([...state.participants_by_focus.get('wp:WP03')!].sort()).toEqual(['p1', 'p2']);
    expect(Object.fromEntries(state.warnings[0]!.acknowledgements)).toEqual({ p1: 'continue', p2: 'hold' });
    expect(state.anomalies).toHaveLength(0);
    expect(state.event_count).toBe(9);
    expect(state.mission_id).toBe('M001');
  });

  it('one event of each of the 14 types in strict mode', () => {
    const state = reduceCollaborationEvents([
      joined('p1'),
      invited('p2'),
      heartbeat('p1'),
      intent('p1', 'active'),
      focus('p1', WP03),
      started('p1', 's1'),
      completed('p1', 's1'),
      driverWarning('w1', ['p1', 'p2']),
      collisionWarning('w2', ['p1', 'p2']),
      ack('p2', 'w1', 'hold'),
      comment('p1'),
      decision('p2'),
      sessionLinked('p1', 'saas-1'),
      left('p2'),
    ]);
    expect(state.event_count).toBe(14);
    expect(state.anomalies).toHaveLength(0);
    expect(state.warnings).toHaveLength(2);
    expect(state.comments).toHaveLength(1);
    expect(state.decisions).toHaveLength(1);
    expect([...state.departed_participants.keys()]).toEqual(['p2']);
  });
});

describe('every anomaly reason of §8.8', () => {
  it('records each reachable reason with the event id and type', () => {
    const events = [
      joined('p1'), // ok
      ev('ParticipantJoined', { mission_id: 'M001' }), // 1
      ev('ParticipantInvited', { participant_id: 'p9', participant_identity: {}, invited_by: 'x', mission_id: 'M001' }), // 2
      invited('p1'), // 3
      joined('p1'), // 4
      left('p8'), // 5
      heartbeat('p7'), // 6
      focus('p1', { target_type: 'nope', target_id: 'x' }), // 8
      completed('p1', 's-x'), // 9
      ack('p1', 'w-x'), // 10
    ];
    const state = reduceP(events);
    expect(anomalyDicts(state)).toEqual([
      { event_id: events[1]!.event_id, event_type: 'ParticipantJoined', reason: 'Missing participant_id in payload' },
      { event_id: events[2]!.event_id, event_type: 'ParticipantInvited', reason: 'Invalid participant_identity in payload' },
      { event_id: events[3]!.event_id, event_type: 'ParticipantInvited', reason: "Participant 'p1' already in roster (duplicate invite)" },
      { event_id: events[4]!.event_id, event_type: 'ParticipantJoined', reason: "Duplicate join for participant 'p1'" },
      { event_id: events[5]!.event_id, event_type: 'ParticipantLeft', reason: "Participant 'p8' not in roster (duplicate leave or unknown)" },
      { event_id: events[6]!.event_id, event_type: 'PresenceHeartbeat', reason: "Unknown participant 'p7'" },
      { event_id: events[7]!.event_id, event_type: 'FocusChanged', reason: 'Invalid focus_target in payload' },
      { event_id: events[8]!.event_id, event_type: 'PromptStepExecutionCompleted', reason: "No matching PromptStepExecutionStarted for step 's-x' by participant 'p1'" },
      { event_id: events[9]!.event_id, event_type: 'WarningAcknowledged', reason: "Warning 'w-x' not found" },
    ]);
    for (const a of state.anomalies) expect(a).toBeInstanceOf(CollaborationAnomaly);
    expect(reasons(state).some((r) => r.includes('has departed'))).toBe(false);
  });

  it.each([
    ['agent-1', "Unknown participant 'agent-1'"],
    ["gh'ost", `Unknown participant "gh'ost"`],
    ['say "hi"', `Unknown participant 'say "hi"'`],
    [`it's "x"`, `Unknown participant 'it\\'s "x"'`],
    ['x\\y', "Unknown participant 'x\\\\y'"],
    ['tab\tx', "Unknown participant 'tab\\tx'"],
    ['café', "Unknown participant 'café'"],
    ['zw\u200bx', "Unknown participant 'zw\\u200bx'"],
    ['nul\u0000x', "Unknown participant 'nul\\x00x'"],
    ['😀', "Unknown participant '😀'"],
  ])('quotes %p as %p', (id, reason) => {
    expect(reasons(reduceP([heartbeat(id)]))).toEqual([reason]);
    const event = heartbeat(id);
    expect((thrown(() => reduceCollaborationEvents([event])) as Error).message).toBe(
      `${reason} in event ${event.event_id} (type=PresenceHeartbeat). Not in mission roster.`,
    );
  });

  it('the strict message embeds the same pyRepr', () => {
    const event = heartbeat(`it's "x"`);
    expect((thrown(() => reduceCollaborationEvents([event])) as Error).message).toBe(
      `Unknown participant 'it\\'s "x"' in event ${event.event_id} (type=PresenceHeartbeat). Not in mission roster.`,
    );
  });

  it('non-string warning participants are reported raw', () => {
    const warning = driverWarning('w1', [5, null, true]);
    expect(reasons(reduceP([warning, driverWarning('w1', ['ok'])]))).toEqual([
      'Unknown participant 5',
      'Unknown participant None',
      'Unknown participant True',
      "Unknown participant 'ok'",
    ]);
    const error = thrown(() => reduceCollaborationEvents([warning])) as UnknownParticipantError;
    expect(error.participantId).toBe(5);
    expect(error.message).toBe(`Unknown participant 5 in event ${warning.event_id} (type=ConcurrentDriverWarning). Not in mission roster.`);
  });
});

describe('hard failures (§8.10)', () => {
  it.each([
    ['comment_id null', { comment_id: null }],
    ['comment_id number', { comment_id: 5 }],
    ['content null', { content: null }],
    ['content list', { content: ['x'] }],
    ['reply_to number', { reply_to: 3 }],
  ])('CommentPosted with %s → ValidationError at the event, in both modes', (_label, fields) => {
    for (const mode of ['strict', 'permissive'] as const) {
      expect(() => reduceCollaborationEvents([joined('p1'), comment('p1', fields)], { mode })).toThrow(ValidationError);
    }
  });

  it.each([
    ['decision_id null', { decision_id: null }],
    ['topic number', { topic: 1 }],
    ['chosen_option bool', { chosen_option: false }],
    ['referenced_warning_id object', { referenced_warning_id: {} }],
  ])('DecisionCaptured with %s → ValidationError', (_label, fields) => {
    expect(() => reduceP([joined('p1'), decision('p1', fields)])).toThrow(ValidationError);
  });

  it('the entry checks only run once KNOWN passed', () => {
    const state = reduceP([comment('ghost', { comment_id: null }), decision('ghost', { topic: 1 })]);
    expect(reasons(state)).toEqual(["Unknown participant 'ghost'", "Unknown participant 'ghost'"]);
  });

  it('an array or object in participant_ids → TypeError; in strict mode only if no earlier element was unknown', () => {
    expect(() => reduceP([joined('p1'), driverWarning('w1', ['p1', ['x']])])).toThrow(TypeError);
    expect(() => reduceP([driverWarning('w1', ['ghost', { a: 1 }])])).toThrow(TypeError);
    expect(() => reduceCollaborationEvents([driverWarning('w1', ['ghost', { a: 1 }])])).toThrow(UnknownParticipantError);
    expect(() => reduceCollaborationEvents([joined('p1'), driverWarning('w1', ['p1', { a: 1 }])])).toThrow(TypeError);
    // Not reached when the warning id is invalid.
    expect(reduceP([driverWarning('', [['x']])]).warnings).toHaveLength(0);
  });

  it('an array or object as an acknowledged warning_id → TypeError, only after KNOWN passed', () => {
    expect(() => reduceCollaborationEvents([joined('p1'), ack('p1', ['w1'])])).toThrow(TypeError);
    expect(() => reduceCollaborationEvents([joined('p1'), ack('p1', { w: 1 })])).toThrow(TypeError);
    expect(reasons(reduceP([ack('ghost', ['w1'])]))).toEqual(["Unknown participant 'ghost'"]);
  });

  it('at assembly: a recorded warning with a non-string participant → ValidationError (after its anomaly in permissive)', () => {
    expect(() => reduceP([driverWarning('w1', [5, 'x'])])).toThrow(ValidationError);
    // Replaced by a valid warning before the end: no harm.
    expect(reduceP([driverWarning('w1', [5]), driverWarning('w1', [])]).warnings).toHaveLength(1);
  });

  it('at assembly: a non-string acknowledgement, step id or linked session → ValidationError', () => {
    expect(() => reduceCollaborationEvents([joined('p1'), driverWarning('w1', ['p1']), ack('p1', 'w1', 7)])).toThrow(ValidationError);
    expect(() => reduceCollaborationEvents([joined('p1'), started('p1', { s: 1 })])).toThrow(ValidationError);
    expect(() => reduceCollaborationEvents([joined('p1'), sessionLinked('p1', null)])).toThrow(ValidationError);
    // Overwritten before the end: no harm.
    expect(reduceCollaborationEvents([joined('p1'), driverWarning('w1', ['p1']), ack('p1', 'w1', 7), ack('p1', 'w1', 'hold')]).warnings).toHaveLength(1);
  });

  it('warnings are checked before the state fields', () => {
    const error = thrown(() => reduceCollaborationEvents([joined('p1'), sessionLinked('p1', null), driverWarning('w1', ['p1']), ack('p1', 'w1', 7)])) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.modelName).toBe('WarningEntry');
    const stateError = thrown(() => reduceCollaborationEvents([joined('p1'), started('p1', 1), sessionLinked('p1', null)])) as ValidationError;
    expect(stateError.modelName).toBe('ReducedCollaborationState');
    expect(stateError.violations.map((v) => v.loc)).toEqual([
      ['active_executions', 'p1', 0],
      ['linked_sessions', 'p1', 0],
    ]);
  });
});

describe('rosters and hostile ids', () => {
  it('accepts a Map or a plain record; roster entries come first, in roster order', () => {
    const viaMap = reduceCollaborationEvents([joined('p3')], { roster: new Map([['p2', identity('p2')], ['p1', identity('p1')]]) });
    expect([...viaMap.participants.keys()]).toEqual(['p2', 'p1', 'p3']);
    const viaRecord = reduceCollaborationEvents([joined('p3')], { roster: { p2: identity('p2'), p1: identity('p1') } });
    expect([...viaRecord.participants.keys()]).toEqual(['p2', 'p1', 'p3']);
  });

  it('roster entries are taken as given (the key is the id) and copied', () => {
    const roster = new Map([['alias', identity('real-id')]]);
    const state = reduceCollaborationEvents([heartbeat('alias')], { roster });
    expect(state.participants.get('alias')!.participant_id).toBe('real-id');
    expect(roster.size).toBe(1);
    expect(state.participants).not.toBe(roster);
  });

  it('roster values given as plain dicts are validated at assembly, as the reference does', () => {
    const roster = { p1: identityDict('p1', 'llm_context') } as unknown as Record<string, ParticipantIdentity>;
    const state = reduceCollaborationEvents([heartbeat('p1')], { roster });
    expect(state.participants.get('p1')).toBeInstanceOf(ParticipantIdentity);
    expect(state.participants.get('p1')!.participant_type).toBe('llm_context');
    const bad = { p1: { participant_id: 'p1' } } as unknown as Record<string, ParticipantIdentity>;
    expect(() => reduceCollaborationEvents([heartbeat('p1')], { roster: bad })).toThrow(ValidationError);
  });

  it('__proto__, constructor and toString are ordinary participant ids', () => {
    const roster = JSON.parse('{"__proto__": {"participant_id": "__proto__", "participant_type": "human"}}') as Record<string, unknown>;
    const rosterIdentities = Object.fromEntries(Object.entries(roster).map(([k, v]) => [k, ParticipantIdentity.fromDict(v)]));
    expect(Object.keys(rosterIdentities)).toEqual(['__proto__']);
    const state = reduceCollaborationEvents(
      [heartbeat('__proto__'), joined('constructor'), joined('toString'), intent('constructor', 'active'), focus('toString', { target_type: 'wp', target_id: '__proto__' })],
      { roster: rosterIdentities },
    );
    expect([...state.participants.keys()]).toEqual(['__proto__', 'constructor', 'toString']);
    const out = state.toDict();
    expect(Object.keys(out['participants'] as object)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(out['participants'])).toBe(Object.prototype);
    expect(Object.keys(out['presence'] as object)).toEqual(['__proto__']);
    expect(out['participants_by_focus']).toEqual({ 'wp:__proto__': ['toString'] });
    expect(({} as Record<string, unknown>)['participant_id']).toBeUndefined();
    expect(reduceP([heartbeat('hasOwnProperty')]).anomalies).toHaveLength(1);
  });

  it('inherited payload keys are not read', () => {
    const payload = Object.create({ participant_id: 'p1', mission_id: 'M-proto' }) as Record<string, unknown>;
    const event = ev('PresenceHeartbeat', {});
    const forged = Object.freeze(Object.assign(Object.create(Object.getPrototypeOf(event) as object), event, { payload }));
    const state = reduceCollaborationEvents([joined('p1', { clock: 0 }), forged]);
    expect(state.presence.size).toBe(0);
  });
});
