/** The four worked examples of LIFECYCLE.md §7, as exact `toDict()` outputs. */
import { LifecycleReducer, reduceLifecycleEvents } from '../../../src/v2/lifecycle';
import { STARTED, ev, json, ts, wp } from './helpers';

const ID = (n: number): string => `01HV00000000000000000000${String(n).padStart(2, '0')}`;

describe('Example 1: happy path with rollback, a redelivered event and a foreign type', () => {
  const e1 = ev({ id: 1, type: 'MissionStarted', clock: 1, payload: { ...STARTED } });
  const e2 = ev({ id: 2, type: 'PhaseEntered', clock: 2, payload: { mission_id: 'M-7', phase_name: 'implement', previous_phase: 'specify', actor: 'alice' } });
  const e3 = ev({ id: 3, type: 'GatePassed', clock: 3, payload: { gate_name: 'ci' } });
  const e4 = ev({
    id: 4,
    type: 'ReviewRollback',
    clock: 4,
    payload: { mission_id: 'M-7', review_ref: 'PR-42', target_phase: 'specify', affected_wp_ids: ['WP01'], actor: 'rev' },
  });
  const e5 = ev({ id: 5, type: 'PhaseEntered', clock: 5, payload: { mission_id: 'M-7', phase_name: 'implement', previous_phase: 'specify', actor: 'alice' } });
  const e6 = ev({ id: 6, type: 'MissionCompleted', clock: 6, payload: { mission_id: 'M-7', mission_type: 'software-dev', final_phase: 'implement', actor: 'alice' } });
  const input = [e6, e2, e1, e4, e2, e3, e5];
  const expected = {
    mission_id: 'M-7',
    mission_status: 'completed',
    mission_type: 'software-dev',
    current_phase: 'implement',
    phases_entered: ['specify', 'implement', 'specify', 'implement'],
    wp_states: {},
    anomalies: [],
    event_count: 6,
    last_processed_event_id: ID(6),
  };

  it('gives the reference output', () => {
    expect(json(reduceLifecycleEvents(input))).toEqual(expected);
  });

  it('the incremental reducer fed in input order gives the same', () => {
    expect(json(new LifecycleReducer().applyAll(input).state)).toEqual(expected);
  });
});

describe('Example 2: concurrent complete and cancel at the same clock', () => {
  const e1 = ev({ id: 1, type: 'MissionStarted', clock: 1, node: 'n1', payload: { ...STARTED } });
  const e3 = ev({ id: 3, type: 'PhaseEntered', clock: 2, time: '2026-03-01T09:00:09Z', node: 'alice', payload: { mission_id: 'M-7', phase_name: 'implement', actor: 'alice' } });
  const e4 = ev({ id: 4, type: 'MissionCompleted', clock: 2, time: ts(5), node: 'carol', payload: { mission_id: 'M-7', mission_type: 'software-dev', final_phase: 'implement', actor: 'carol' } });
  const e2 = ev({ id: 2, type: 'MissionCancelled', clock: 2, time: ts(2), node: 'bob', payload: { mission_id: 'M-7', reason: 'budget cut', actor: 'bob' } });

  it('applies #03, #04, then the cancel #02, which is after terminal state', () => {
    expect(json(reduceLifecycleEvents([e1, e3, e4, e2]))).toEqual({
      mission_id: 'M-7',
      mission_status: 'completed',
      mission_type: 'software-dev',
      current_phase: 'implement',
      phases_entered: ['specify', 'implement'],
      wp_states: {},
      anomalies: [{ event_id: ID(2), event_type: 'MissionCancelled', reason: 'Event after terminal state (MissionStatus.COMPLETED)' }],
      event_count: 4,
      last_processed_event_id: ID(3),
    });
  });

  it('variant 2b (without #04): cancel beats re-open', () => {
    expect(json(reduceLifecycleEvents([e1, e3, e2]))).toEqual({
      mission_id: 'M-7',
      mission_status: 'cancelled',
      mission_type: 'software-dev',
      current_phase: 'implement',
      phases_entered: ['specify', 'implement'],
      wp_states: {},
      anomalies: [],
      event_count: 3,
      last_processed_event_id: ID(3),
    });
  });
});

describe('Example 3: the anomaly paths', () => {
  const e2 = ev({ id: 2, type: 'MissionStarted', clock: 1, time: ts(1), payload: { ...STARTED } });
  const e1 = ev({ id: 1, type: 'PhaseEntered', clock: 1, time: ts(2), payload: { mission_id: 'M-7', phase_name: 'plan', actor: 'alice' } });
  const e3 = ev({ id: 3, type: 'MissionStarted', clock: 2, time: ts(3), payload: { mission_id: 'M-8', mission_type: 'software-dev', initial_phase: 'research', actor: 'alice' } });
  const e4 = ev({ id: 4, type: 'PhaseEntered', clock: 3, time: ts(4), payload: { mission_id: 'M-7', phase_name: 'plan', previous_phase: '', actor: 'alice' } });
  const e5 = ev({ id: 5, type: 'MissionCancelled', clock: 4, time: ts(5), payload: { mission_id: 'M-7', reason: 'scope cut', actor: 'bob', cancelled_wp_ids: ['WP02'] } });
  const e6 = ev({ id: 6, type: 'ReviewRollback', clock: 5, time: ts(6), payload: { mission_id: 'M-7', review_ref: 'PR-9', target_phase: 'specify', actor: 'rev' } });

  it('gives the reference output', () => {
    expect(json(reduceLifecycleEvents([e2, e1, e3, e4, e5, e6]))).toEqual({
      mission_id: 'M-7',
      mission_status: 'cancelled',
      mission_type: 'software-dev',
      current_phase: 'specify',
      phases_entered: ['specify'],
      wp_states: {},
      anomalies: [
        { event_id: ID(1), event_type: 'PhaseEntered', reason: 'Event before MissionStarted' },
        { event_id: ID(3), event_type: 'MissionStarted', reason: 'Duplicate MissionStarted (first one wins)' },
        { event_id: ID(4), event_type: 'PhaseEntered', reason: 'Invalid PhaseEntered payload' },
        { event_id: ID(6), event_type: 'ReviewRollback', reason: 'Event after terminal state (MissionStatus.CANCELLED)' },
      ],
      event_count: 6,
      last_processed_event_id: ID(6),
    });
  });

  it('#04 fails only because previous_phase is ""', () => {
    const fixed = ev({ id: 4, type: 'PhaseEntered', clock: 3, time: ts(4), payload: { mission_id: 'M-7', phase_name: 'plan', previous_phase: null, actor: 'alice' } });
    const state = reduceLifecycleEvents([e2, e1, e3, fixed, e5, e6]);
    expect(state.phases_entered).toEqual(['specify', 'plan']);
    expect(state.anomalies.map((a) => a.event_id)).toEqual([ID(1), ID(3), ID(6)]);
  });
});

describe('Example 4: WP delegation and anomaly relabelling', () => {
  const input = [
    wp(1, 0, 'WP01', null, 'planned', '2026-03-01T09:00:00Z'),
    ev({ id: 2, type: 'MissionStarted', clock: 1, payload: { ...STARTED } }),
    wp(3, 2, 'WP01', 'planned', 'claimed'),
    wp(4, 2, 'WP02', 'claimed', 'in_progress'),
    ev({ id: 5, type: 'MissionCancelled', clock: 3, payload: { mission_id: 'M-7', reason: 'stop', actor: 'bob', cancelled_wp_ids: ['WP01'] } }),
    wp(6, 4, 'WP01', 'claimed', 'in_progress'),
  ];

  it('gives the reference output', () => {
    expect(json(reduceLifecycleEvents(input))).toEqual({
      mission_id: 'M-7',
      mission_status: 'cancelled',
      mission_type: 'software-dev',
      current_phase: 'specify',
      phases_entered: ['specify'],
      wp_states: {
        WP01: {
          wp_id: 'WP01',
          current_lane: 'in_progress',
          last_event_id: ID(6),
          last_transition_at: '2026-03-01T09:00:04Z',
          evidence: null,
        },
      },
      anomalies: [
        { event_id: ID(4), event_type: 'WPStatusChanged', reason: 'WP WP02: from_lane mismatch: expected None, got Lane.CLAIMED' },
      ],
      event_count: 6,
      last_processed_event_id: ID(6),
    });
  });
});
