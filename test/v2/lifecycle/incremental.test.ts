/** LifecycleReducer: the incremental form of reduceLifecycleEvents (same result at every read). */
import { LifecycleReducer, MissionStatus, reduceLifecycleEvents } from '../../../src/v2/lifecycle';
import type { Event } from '../../../src/v2/envelope/event';
import { EventLogReducer } from '../../../src/pipeline/event-log-reducer';
import { cancelled, completed, eid, ev, json, phase, started, ts, wp } from './helpers';

function expectSame(reducer: LifecycleReducer, applied: readonly Event[]): void {
  expect(json(reducer.state)).toEqual(json(reduceLifecycleEvents(applied)));
}

describe('LifecycleReducer', () => {
  it('is an EventLogReducer whose empty state is the default state', () => {
    const reducer = new LifecycleReducer();
    expect(reducer).toBeInstanceOf(EventLogReducer);
    expect(reducer.size).toBe(0);
    expect(json(reducer.state)).toEqual(json(reduceLifecycleEvents([])));
    expect(reducer.state.mission_status).toBeNull();
  });

  it('keeps the open clock group open: a later same-clock event still reorders it', () => {
    const applied: Event[] = [];
    const reducer = new LifecycleReducer();
    const push = (e: Event): void => {
      reducer.apply(e);
      applied.push(e);
      expectSame(reducer, applied);
    };
    push(started(1, 1));
    // Cancel at clock 2, read: cancelled.
    push(ev({ id: 2, type: 'MissionCancelled', clock: 2, time: ts(2), payload: { mission_id: 'M-7', reason: 'r', actor: 'b' } }));
    expect(reducer.state.mission_status).toBe(MissionStatus.CANCELLED);
    // A later-timestamped phase at the same clock arrives (an append to U): applied before the cancel.
    push(ev({ id: 3, type: 'PhaseEntered', clock: 2, time: ts(3), payload: { mission_id: 'M-7', phase_name: 'implement', actor: 'a' } }));
    expect(reducer.state.phases_entered).toEqual(['specify', 'implement']);
    expect(reducer.state.mission_status).toBe(MissionStatus.CANCELLED);
    expect(reducer.state.anomalies).toEqual([]);
    // A completion at the same clock beats the cancel.
    push(ev({ id: 4, type: 'MissionCompleted', clock: 2, time: ts(4), payload: { mission_id: 'M-7', mission_type: 't', final_phase: 'f', actor: 'c' } }));
    expect(reducer.state.mission_status).toBe(MissionStatus.COMPLETED);
    expect(reducer.state.anomalies.map((a) => [a.event_id, a.reason])).toEqual([[eid(2), 'Event after terminal state (MissionStatus.COMPLETED)']]);
    // The next clock closes the group.
    push(phase(5, 3, 'late'));
    expect(reducer.state.anomalies).toHaveLength(2);
    push(wp(6, 3, 'WP01', null, 'planned'));
    expect(reducer.state.wp_states.get('WP01')!.current_lane).toBe('planned');
    expect(reducer.size).toBe(6);
  });

  it('re-folds when an event lands before the end of U or replaces an earlier copy', () => {
    const reducer = new LifecycleReducer();
    const a = phase(3, 3, 'implement');
    reducer.apply(a).apply(completed(4, 4));
    expect(reducer.state.anomalies.map((x) => x.reason)).toEqual(['Event before MissionStarted', 'Event before MissionStarted']);
    reducer.apply(started(1, 1));
    expectSame(reducer, [a, completed(4, 4), started(1, 1)]);
    expect(reducer.state.mission_status).toBe(MissionStatus.COMPLETED);
    // Same id, smaller key: replaces the copy at clock 3.
    const earlier = phase(3, 2, 'plan');
    reducer.apply(earlier);
    expect(reducer.state.phases_entered).toEqual(['specify', 'plan']);
    expect(reducer.size).toBe(3);
  });

  it('ignores redeliveries and keeps its result until something changes', () => {
    const events = [started(1, 1), phase(2, 2, 'implement'), cancelled(3, 3)];
    const reducer = new LifecycleReducer().applyAll(events);
    const first = reducer.state;
    expect(reducer.state).toBe(first);
    reducer.applyAll(events);
    expect(reducer.state).toBe(first);
    expect(first.event_count).toBe(3);
    reducer.apply(ev({ id: 9, type: 'GatePassed', clock: 9, payload: {} }));
    expect(reducer.state).not.toBe(first);
    expect(reducer.state.event_count).toBe(4);
    expect(reducer.state.last_processed_event_id).toBe(eid(9));
    // An earlier result is not affected by later events (frozen, not shared).
    expect(first.event_count).toBe(3);
    expect(first.last_processed_event_id).toBe(eid(3));
  });

  it('results read mid-stream stay unchanged as the log grows', () => {
    const reducer = new LifecycleReducer().apply(started(1, 1)).apply(phase(2, 2, 'implement'));
    const mid = reducer.state;
    const midDict = json(mid);
    reducer.apply(phase(3, 2, 'review')).apply(wp(4, 2, 'WP01', null, 'planned')).apply(gate(5));
    expect(json(mid)).toEqual(midDict);
    expect(mid.phases_entered).toEqual(['specify', 'implement']);
    expect(reducer.state.phases_entered).toEqual(['specify', 'implement', 'review']);
  });

  it('throws from state where the function throws, and keeps throwing', () => {
    const bad = ev({ id: 2, type: 'WPStatusChanged', clock: 2, payload: { wp_id: 'W\uDC00' } });
    const reducer = new LifecycleReducer().apply(started(1, 1)).apply(bad);
    expect(() => reducer.state).toThrow();
    expect(() => reducer.state).toThrow();
  });
});

function gate(id: number): Event {
  return ev({ id, type: 'GatePassed', clock: 5, payload: {} });
}
