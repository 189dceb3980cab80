/** reduceLifecycleEvents: LIFECYCLE.md §6 rules, §6.4 reasons and the pinned behaviours of §8. */
import { MissionStatus, ReducedMissionState, reduceLifecycleEvents } from '../../../src/v2/lifecycle';
import { ValidationError } from '../../../src/envelope/errors';
import type { Event } from '../../../src/v2/envelope/event';
import { reduceStatusEvents } from '../../../src/v2/status/status-reducer';
import { STARTED, cancelled, completed, eid, ev, json, phase, rollback, started, ts, wp } from './helpers';

const DEFAULT_DICT = {
  mission_id: null,
  mission_status: null,
  mission_type: null,
  current_phase: null,
  phases_entered: [],
  wp_states: {},
  anomalies: [],
  event_count: 0,
  last_processed_event_id: null,
};

function reasons(state: ReducedMissionState): string[] {
  return state.anomalies.map((a) => a.reason);
}

describe('pinned reducer behaviours (LIFECYCLE.md §8)', () => {
  it('[] gives exactly the default state, frozen', () => {
    const state = reduceLifecycleEvents([]);
    expect(state.toDict()).toEqual(DEFAULT_DICT);
    expect(state).toEqual(ReducedMissionState.fromDict({}));
    expect(Object.isFrozen(state)).toBe(true);
  });

  it('a single valid MissionStarted gives active, its id, type and initial phase, count 1', () => {
    const state = reduceLifecycleEvents([started(1, 1)]);
    expect(state.mission_status).toBe(MissionStatus.ACTIVE);
    expect(state.mission_id).toBe('M-7');
    expect(state.mission_type).toBe('software-dev');
    expect(state.current_phase).toBe('specify');
    expect(state.phases_entered).toEqual(['specify']);
    expect(state.event_count).toBe(1);
    expect(state.last_processed_event_id).toBe(eid(1));
    expect(state.anomalies).toEqual([]);
  });

  it('start, PhaseEntered ×2, Completed gives completed, all three phases, count 4, no anomalies', () => {
    const state = reduceLifecycleEvents([started(1, 1), phase(2, 2, 'implement'), phase(3, 3, 'review'), completed(4, 4)]);
    expect(state.mission_status).toBe(MissionStatus.COMPLETED);
    expect(state.phases_entered).toEqual(['specify', 'implement', 'review']);
    expect(state.current_phase).toBe('review');
    expect(state.event_count).toBe(4);
    expect(state.anomalies).toEqual([]);
  });

  it('start then Cancelled gives cancelled', () => {
    const state = reduceLifecycleEvents([started(1, 1), cancelled(2, 2)]);
    expect(state.mission_status).toBe(MissionStatus.CANCELLED);
    expect(state.current_phase).toBe('specify');
    expect(state.anomalies).toEqual([]);
  });

  it('a PhaseEntered with no start gives exactly one "before MissionStarted" anomaly', () => {
    const state = reduceLifecycleEvents([phase(1, 1, 'implement')]);
    expect(state.anomalies).toHaveLength(1);
    expect(state.anomalies[0]!.reason).toContain('before MissionStarted');
    expect(state.anomalies[0]!.toDict()).toEqual({ event_id: eid(1), event_type: 'PhaseEntered', reason: 'Event before MissionStarted' });
    expect(state.mission_status).toBeNull();
    expect(state.mission_id).toBeNull();
    expect(state.current_phase).toBeNull();
    expect(state.phases_entered).toEqual([]);
    expect(state.event_count).toBe(1);
    expect(state.last_processed_event_id).toBe(eid(1));
  });

  it('after Completed, a later PhaseEntered gives one terminal anomaly and the status stays completed', () => {
    const state = reduceLifecycleEvents([started(1, 1), completed(2, 2), phase(3, 3, 'late')]);
    expect(state.anomalies).toHaveLength(1);
    expect(state.anomalies[0]!.reason.toLowerCase()).toContain('terminal');
    expect(state.anomalies[0]!.reason).toBe('Event after terminal state (MissionStatus.COMPLETED)');
    expect(state.mission_status).toBe(MissionStatus.COMPLETED);
    expect(state.phases_entered).toEqual(['specify']);
  });

  it('a PhaseEntered and a Cancelled at the same clock end cancelled in both input orders', () => {
    for (const ids of [
      [2, 3],
      [3, 2],
    ]) {
      const p = phase(ids[0]!, 2, 'implement');
      const c = cancelled(ids[1]!, 2);
      for (const input of [
        [started(1, 1), p, c],
        [c, p, started(1, 1)],
      ]) {
        const state = reduceLifecycleEvents(input);
        expect(state.mission_status).toBe(MissionStatus.CANCELLED);
        expect(state.current_phase).toBe('implement');
        expect(state.phases_entered).toEqual(['specify', 'implement']);
        expect(state.anomalies).toEqual([]);
      }
    }
  });

  it('a rollback to specify after implement: current_phase specify, count 3, specify twice', () => {
    const state = reduceLifecycleEvents([started(1, 1), phase(2, 2, 'implement'), rollback(3, 3, 'specify')]);
    expect(state.current_phase).toBe('specify');
    expect(state.event_count).toBe(3);
    expect(state.phases_entered).toEqual(['specify', 'implement', 'specify']);
    expect(state.phases_entered.filter((p) => p === 'specify')).toHaveLength(2);
  });

  it('events ++ events gives the same state', () => {
    const events = [started(1, 1), phase(2, 2, 'implement'), rollback(3, 3, 'specify'), completed(4, 4), phase(5, 5, 'x')];
    const once = reduceLifecycleEvents(events);
    const twice = reduceLifecycleEvents([...events, ...events]);
    expect(twice.mission_status).toBe(once.mission_status);
    expect(twice.current_phase).toBe(once.current_phase);
    expect(twice.phases_entered).toEqual(once.phases_entered);
    expect(twice.event_count).toBe(once.event_count);
    expect(twice.event_count).toBe(5);
    expect(json(twice)).toEqual(json(once));
  });

  it('start plus one WPStatusChanged gives active, WP01 in wp_states, count 2', () => {
    const state = reduceLifecycleEvents([started(1, 1), wp(2, 2, 'WP01', null, 'planned')]);
    expect(state.mission_status).toBe(MissionStatus.ACTIVE);
    expect(state.wp_states.has('WP01')).toBe(true);
    expect(state.wp_states.get('WP01')!.current_lane).toBe('planned');
    expect(state.event_count).toBe(2);
  });

  it('a second MissionStarted keeps the first mission_id and gives one Duplicate anomaly', () => {
    const second = ev({ id: 2, type: 'MissionStarted', clock: 2, payload: { ...STARTED, mission_id: 'M-8', initial_phase: 'research' } });
    const state = reduceLifecycleEvents([started(1, 1), second]);
    expect(state.mission_id).toBe('M-7');
    expect(state.anomalies).toHaveLength(1);
    expect(state.anomalies[0]!.reason).toContain('Duplicate');
    expect(state.phases_entered).toEqual(['specify']);
  });
});

describe('delegation and replay (LIFECYCLE.md §8)', () => {
  const mixed = [
    wp(1, 0, 'WP01', null, 'planned'),
    started(2, 1),
    wp(3, 2, 'WP01', 'planned', 'claimed'),
    phase(4, 2, 'implement'),
    wp(5, 3, 'WP02', null, 'planned'),
    wp(6, 3, 'WP01', 'claimed', 'in_progress'),
    wp(7, 4, 'WP02', 'claimed', 'in_progress'),
    completed(8, 5),
    wp(9, 6, 'WP01', 'in_progress', 'for_review'),
  ];

  it('wp_states equals reduceStatusEvents(only the WP events).wp_states', () => {
    const onlyWp = mixed.filter((e) => e.event_type === 'WPStatusChanged');
    const status = reduceStatusEvents(onlyWp);
    const state = reduceLifecycleEvents(mixed);
    expect([...state.wp_states.keys()]).toEqual([...status.wp_states.keys()]);
    expect((json(state) as Record<string, unknown>)['wp_states']).toEqual((json(status) as Record<string, unknown>)['wp_states']);
    expect(state.wp_states.get('WP01')!.current_lane).toBe('for_review');
  });

  it('relabels every status anomaly, in the status reducer order, after the mission anomalies', () => {
    const status = reduceStatusEvents(mixed.filter((e) => e.event_type === 'WPStatusChanged'));
    const state = reduceLifecycleEvents([...mixed, phase(10, 7, 'late')]);
    expect(status.anomalies.length).toBeGreaterThan(0);
    expect(state.anomalies.map((a) => a.toDict())).toEqual([
      { event_id: eid(10), event_type: 'PhaseEntered', reason: 'Event after terminal state (MissionStatus.COMPLETED)' },
      ...status.anomalies.map((a) => ({ event_id: a.event_id, event_type: 'WPStatusChanged', reason: `WP ${a.wp_id}: ${a.reason}` })),
    ]);
  });

  it('a WP from_lane mismatch shows up as an anomaly whose reason contains WP', () => {
    const state = reduceLifecycleEvents([started(1, 1), wp(2, 2, 'WP01', 'claimed', 'in_progress')]);
    expect(state.anomalies).toHaveLength(1);
    expect(state.anomalies[0]!.reason).toContain('WP');
    expect(state.anomalies[0]!.toDict()).toEqual({
      event_id: eid(2),
      event_type: 'WPStatusChanged',
      reason: 'WP WP01: from_lane mismatch: expected None, got Lane.CLAIMED',
    });
  });

  it('two replays of the same list are equal', () => {
    expect(json(reduceLifecycleEvents(mixed))).toEqual(json(reduceLifecycleEvents(mixed)));
    expect(reduceLifecycleEvents(mixed)).toEqual(reduceLifecycleEvents(mixed));
  });

  it('the 10-event lifecycle ends completed in review with every phase and no anomalies', () => {
    const events: Event[] = [
      started(1, 1),
      wp(2, 2, 'WP01', null, 'planned'),
      wp(3, 3, 'WP01', 'planned', 'claimed'),
      phase(4, 4, 'implement'),
      wp(5, 5, 'WP01', 'claimed', 'in_progress'),
      wp(6, 6, 'WP01', 'in_progress', 'for_review'),
      rollback(7, 7, 'specify'),
      phase(8, 8, 'implement'),
      phase(9, 9, 'review'),
      completed(10, 10, 'review'),
    ];
    const state = reduceLifecycleEvents(events);
    expect(state.mission_status).toBe(MissionStatus.COMPLETED);
    expect(state.current_phase).toBe('review');
    expect(state.phases_entered).toEqual(['specify', 'implement', 'specify', 'implement', 'review']);
    expect(state.event_count).toBe(10);
    expect(state.anomalies).toEqual([]);
    expect(state.wp_states.get('WP01')!.current_lane).toBe('for_review');
    expect(state.last_processed_event_id).toBe(eid(10));
  });

  it('start (gather), phase analyze, then cancel', () => {
    const state = reduceLifecycleEvents([started(1, 1, 'gather'), phase(2, 2, 'analyze'), cancelled(3, 3)]);
    expect(state.mission_status).toBe(MissionStatus.CANCELLED);
    expect(state.current_phase).toBe('analyze');
    expect(state.phases_entered).toEqual(['gather', 'analyze']);
    expect(state.anomalies).toEqual([]);
  });

  it('WP events apply with no mission at all', () => {
    const state = reduceLifecycleEvents([wp(1, 1, 'WP01', null, 'planned'), wp(2, 2, 'WP01', 'planned', 'claimed')]);
    expect(state.mission_id).toBeNull();
    expect(state.mission_status).toBeNull();
    expect(state.wp_states.get('WP01')!.current_lane).toBe('claimed');
    expect(state.anomalies).toEqual([]);
    expect(state.event_count).toBe(2);
  });
});

describe('every anomaly reason (LIFECYCLE.md §6.4)', () => {
  const invalid = { mission_id: '' };

  it.each([
    ['MissionStarted', 'COMPLETED'],
    ['PhaseEntered', 'COMPLETED'],
    ['MissionCompleted', 'COMPLETED'],
    ['MissionCancelled', 'COMPLETED'],
    ['ReviewRollback', 'COMPLETED'],
    ['MissionStarted', 'CANCELLED'],
    ['PhaseEntered', 'CANCELLED'],
    ['MissionCompleted', 'CANCELLED'],
    ['MissionCancelled', 'CANCELLED'],
    ['ReviewRollback', 'CANCELLED'],
  ])('%s after %s → "Event after terminal state (MissionStatus.%s)", payload not validated', (type, terminal) => {
    const close = terminal === 'COMPLETED' ? completed(2, 2) : cancelled(2, 2);
    const state = reduceLifecycleEvents([started(1, 1), close, ev({ id: 3, type, clock: 3, payload: invalid })]);
    expect(state.anomalies.map((a) => a.toDict())).toEqual([
      { event_id: eid(3), event_type: type, reason: `Event after terminal state (MissionStatus.${terminal})` },
    ]);
    expect(state.mission_status).toBe(terminal === 'COMPLETED' ? MissionStatus.COMPLETED : MissionStatus.CANCELLED);
  });

  it('"Duplicate MissionStarted (first one wins)", even for an invalid duplicate payload', () => {
    const state = reduceLifecycleEvents([started(1, 1), ev({ id: 2, type: 'MissionStarted', clock: 2, payload: invalid })]);
    expect(state.anomalies.map((a) => a.toDict())).toEqual([
      { event_id: eid(2), event_type: 'MissionStarted', reason: 'Duplicate MissionStarted (first one wins)' },
    ]);
  });

  it('"Invalid MissionStarted payload" leaves the mission unstarted, so a later valid start is accepted', () => {
    const state = reduceLifecycleEvents([
      ev({ id: 1, type: 'MissionStarted', clock: 1, payload: { ...STARTED, actor: '' } }),
      phase(2, 2, 'implement'),
      started(3, 3, 'plan'),
    ]);
    expect(state.anomalies.map((a) => a.toDict())).toEqual([
      { event_id: eid(1), event_type: 'MissionStarted', reason: 'Invalid MissionStarted payload' },
      { event_id: eid(2), event_type: 'PhaseEntered', reason: 'Event before MissionStarted' },
    ]);
    expect(state.mission_id).toBe('M-7');
    expect(state.mission_status).toBe(MissionStatus.ACTIVE);
    expect(state.phases_entered).toEqual(['plan']);
  });

  it.each(['PhaseEntered', 'MissionCompleted', 'MissionCancelled', 'ReviewRollback'])(
    '%s before any start → "Event before MissionStarted" (payload not validated)',
    (type) => {
      const state = reduceLifecycleEvents([ev({ id: 1, type, clock: 1, payload: invalid }), started(2, 2)]);
      expect(state.anomalies.map((a) => a.toDict())).toEqual([{ event_id: eid(1), event_type: type, reason: 'Event before MissionStarted' }]);
      expect(state.mission_status).toBe(MissionStatus.ACTIVE);
    },
  );

  it.each([
    ['PhaseEntered', { mission_id: 'M-7', phase_name: 'x' }],
    ['PhaseEntered', { mission_id: 'M-7', phase_name: 'x', actor: 'a', previous_phase: '' }],
    ['MissionCompleted', { mission_id: 'M-7', mission_type: 't', actor: 'a' }],
    ['MissionCancelled', { mission_id: 'M-7', reason: '', actor: 'a' }],
    ['MissionCancelled', { mission_id: 'M-7', reason: 'r', actor: 'a', cancelled_wp_ids: null }],
    ['ReviewRollback', { mission_id: 'M-7', review_ref: 'PR', target_phase: 'specify', actor: 'a', affected_wp_ids: 'WP01' }],
  ])('%s with the invalid payload %j → "Invalid <Type> payload", nothing else changes', (type, payload) => {
    const state = reduceLifecycleEvents([started(1, 1), ev({ id: 2, type, clock: 2, payload })]);
    expect(state.anomalies.map((a) => a.toDict())).toEqual([{ event_id: eid(2), event_type: type, reason: `Invalid ${type} payload` }]);
    expect(state.mission_status).toBe(MissionStatus.ACTIVE);
    expect(state.current_phase).toBe('specify');
    expect(state.phases_entered).toEqual(['specify']);
  });

  it('"WP {wp_id}: {reason}" includes the <unknown> wp_id of an unparseable WP payload', () => {
    const bad = ev({ id: 2, type: 'WPStatusChanged', clock: 2, payload: { feature_slug: 'feat', to_lane: 'planned' } });
    const status = reduceStatusEvents([bad]);
    const state = reduceLifecycleEvents([started(1, 1), bad]);
    expect(state.anomalies).toHaveLength(1);
    expect(state.anomalies[0]!.event_type).toBe('WPStatusChanged');
    expect(state.anomalies[0]!.reason).toBe(`WP <unknown>: ${status.anomalies[0]!.reason}`);
    expect(state.anomalies[0]!.reason.startsWith('WP <unknown>: payload validation failed: ')).toBe(true);
    expect(state.anomalies[0]!.toDict()).not.toHaveProperty('from_lane');
  });
});

describe('pipeline details (LIFECYCLE.md §6.2–§6.6)', () => {
  it('counts unknown types (and near-miss spellings) without applying them; one can be last processed', () => {
    const state = reduceLifecycleEvents([
      started(1, 1),
      ev({ id: 2, type: 'missionstarted', clock: 2, payload: { ...STARTED } }),
      ev({ id: 3, type: 'MissionCompleted ', clock: 3, payload: {} }),
      ev({ id: 4, type: 'GatePassed', clock: 4, payload: { gate_name: 'ci' } }),
    ]);
    expect(state.event_count).toBe(4);
    expect(state.mission_status).toBe(MissionStatus.ACTIVE);
    expect(state.anomalies).toEqual([]);
    expect(state.last_processed_event_id).toBe(eid(4));
  });

  it('never compares mission_id or previous_phase, and re-entering the current phase appends it', () => {
    const other = ev({ id: 2, type: 'PhaseEntered', clock: 2, payload: { mission_id: 'OTHER', phase_name: 'specify', previous_phase: 'nope', actor: 'a' } });
    const state = reduceLifecycleEvents([started(1, 1), other]);
    expect(state.phases_entered).toEqual(['specify', 'specify']);
    expect(state.anomalies).toEqual([]);
    expect(state.mission_id).toBe('M-7');
  });

  it('MissionCompleted ignores final_phase and mission_type; cancel keeps the phase', () => {
    const done = ev({ id: 2, type: 'MissionCompleted', clock: 2, payload: { mission_id: 'X', mission_type: 'other', final_phase: 'zzz', actor: 'a' } });
    const state = reduceLifecycleEvents([started(1, 1), done]);
    expect(state.mission_type).toBe('software-dev');
    expect(state.current_phase).toBe('specify');
    expect(state.mission_status).toBe(MissionStatus.COMPLETED);
  });

  it('groups clocks numerically (clock 10 after clock 9)', () => {
    const state = reduceLifecycleEvents([phase(3, 10, 'ten'), phase(2, 9, 'nine'), started(1, 2)]);
    expect(state.phases_entered).toEqual(['specify', 'nine', 'ten']);
    expect(state.current_phase).toBe('ten');
  });

  it('in a group the timestamp plays no part: non-cancels by event_id, then cancels', () => {
    const group = [
      ev({ id: 'C2', type: 'MissionCancelled', clock: 2, time: ts(1), payload: { mission_id: 'M-7', reason: 'r', actor: 'b' } }),
      ev({ id: 'B9', type: 'PhaseEntered', clock: 2, time: ts(2), payload: { mission_id: 'M-7', phase_name: 'second', actor: 'a' } }),
      ev({ id: 'B1', type: 'PhaseEntered', clock: 2, time: ts(9), payload: { mission_id: 'M-7', phase_name: 'first', actor: 'a' } }),
      ev({ id: 'C1', type: 'MissionCancelled', clock: 2, time: ts(8), payload: { mission_id: 'M-7', reason: 'r', actor: 'b' } }),
    ];
    const state = reduceLifecycleEvents([started(1, 1), ...group]);
    expect(state.phases_entered).toEqual(['specify', 'first', 'second']);
    expect(state.mission_status).toBe(MissionStatus.CANCELLED);
    // Two cancels: the smaller id wins, the other is after terminal state.
    expect(state.anomalies.map((a) => [a.event_id, a.reason])).toEqual([[eid('C2'), 'Event after terminal state (MissionStatus.CANCELLED)']]);
    // Last processed: the largest isoText at the last clock.
    expect(state.last_processed_event_id).toBe(eid('B1'));
  });

  it('a PhaseEntered sharing the start clock with a smaller id is applied first, as an anomaly', () => {
    const state = reduceLifecycleEvents([started(5, 1), ev({ id: 4, type: 'PhaseEntered', clock: 1, time: ts(9), payload: { mission_id: 'M-7', phase_name: 'p', actor: 'a' } })]);
    expect(reasons(state)).toEqual(['Event before MissionStarted']);
    expect(state.last_processed_event_id).toBe(eid(4));
  });

  it('lists mission anomalies in application order, not global sort order', () => {
    const state = reduceLifecycleEvents([
      started(1, 1),
      completed(2, 2),
      ev({ id: 3, type: 'MissionCancelled', clock: 5, time: ts(1), payload: { mission_id: 'M-7', reason: 'r', actor: 'b' } }),
      ev({ id: 9, type: 'PhaseEntered', clock: 5, time: ts(2), payload: { mission_id: 'M-7', phase_name: 'p', actor: 'a' } }),
    ]);
    expect(state.anomalies.map((a) => a.event_id)).toEqual([eid(9), eid(3)]);
    expect(state.last_processed_event_id).toBe(eid(9));
  });

  it('dedup keeps the copy with the smallest (clock, isoText) key, whatever the input order', () => {
    const early = ev({ id: 2, type: 'PhaseEntered', clock: 2, payload: { mission_id: 'M-7', phase_name: 'early', actor: 'a' } });
    const late = ev({ id: 2, type: 'PhaseEntered', clock: 4, payload: { mission_id: 'M-7', phase_name: 'late', actor: 'a' } });
    for (const input of [
      [started(1, 1), late, early, phase(3, 3, 'mid')],
      [started(1, 1), early, late, phase(3, 3, 'mid')],
    ]) {
      const state = reduceLifecycleEvents(input);
      expect(state.phases_entered).toEqual(['specify', 'early', 'mid']);
      expect(state.event_count).toBe(3);
      expect(state.last_processed_event_id).toBe(eid(3));
    }
  });

  it('with fully equal keys the copy earlier in the input survives', () => {
    const a = ev({ id: 2, type: 'PhaseEntered', clock: 2, payload: { mission_id: 'M-7', phase_name: 'a', actor: 'a' } });
    const b = ev({ id: 2, type: 'PhaseEntered', clock: 2, payload: { mission_id: 'M-7', phase_name: 'b', actor: 'a' } });
    expect(reduceLifecycleEvents([started(1, 1), a, b]).phases_entered).toEqual(['specify', 'a']);
    expect(reduceLifecycleEvents([b, started(1, 1), a]).phases_entered).toEqual(['specify', 'b']);
  });

  it('dedup runs across types: a WP event sharing an id with an earlier-sorting event is dropped', () => {
    const shadowed = wp(2, 3, 'WP01', null, 'planned');
    const gate = ev({ id: 2, type: 'GatePassed', clock: 2, payload: {} });
    const state = reduceLifecycleEvents([started(1, 1), shadowed, gate]);
    expect(state.wp_states.size).toBe(0);
    expect(state.event_count).toBe(2);
    expect(state.last_processed_event_id).toBe(eid(2));
    // The other way round the WP event survives and the gate event is the dropped one.
    const first = wp(2, 2, 'WP01', null, 'planned');
    const later = ev({ id: 2, type: 'MissionCompleted', clock: 3, payload: {} });
    const kept = reduceLifecycleEvents([started(1, 1), later, first]);
    expect(kept.wp_states.get('WP01')!.current_lane).toBe('planned');
    expect(kept.mission_status).toBe(MissionStatus.ACTIVE);
  });

  it('does not change its input and returns frozen results', () => {
    const input = [completed(3, 3), started(1, 1), phase(2, 2, 'x'), completed(3, 3)];
    const before = input.slice();
    const state = reduceLifecycleEvents(input);
    expect(input).toEqual(before);
    input.forEach((e, i) => expect(e).toBe(before[i]));
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(state.phases_entered)).toBe(true);
    expect(Object.isFrozen(state.anomalies)).toBe(true);
    expect(() => (state.phases_entered as string[]).push('y')).toThrow(TypeError);
  });

  it('propagates the status reducer error for a lone-surrogate wp_id (STATUS_AND_GATES.md §11)', () => {
    const bad = ev({ id: 2, type: 'WPStatusChanged', clock: 2, payload: { wp_id: 'WP\uD800', to_lane: 'planned' } });
    expect(() => reduceStatusEvents([bad])).toThrow(ValidationError);
    expect(() => reduceLifecycleEvents([started(1, 1), bad])).toThrow(ValidationError);
  });
});
