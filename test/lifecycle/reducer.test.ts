/** The 6.1.0 lifecycle rules (reference lifecycle.py at 6.1.0): reopen, follow-ups, catalog events. */
import 'reflect-metadata';
import { LifecycleReducer, MissionStatus, reduceLifecycleEvents } from '../../src/lifecycle';
import { completed, ev, started } from '../v2/lifecycle/helpers';

const reopened = (id: number, clock: number) =>
  ev({ id, clock, type: 'MissionReopened', payload: { mission_id: 'M1', mission_slug: 'm', reason: 'fix', reopened_by: 'a', reopened_at: '2026-01-01T00:00:00Z' } });
const followUp = (id: number, clock: number) =>
  ev({ id, clock, type: 'FollowUpRecorded', payload: { mission_id: 'M1', mission_slug: 'm', follow_up_type: 'pr', pr_number: 3, recorded_by: 'a', recorded_at: 'x' } });
const reduce = (events: unknown[]) => reduceLifecycleEvents(events as never);

describe('6.1.0 lifecycle reducer', () => {
  it('a reopen after completion makes the mission reopened, and a later completion is applied', () => {
    const state = reduce([started(1, 1), completed(2, 2), reopened(3, 3), completed(4, 4)]);
    expect(state.mission_status).toBe(MissionStatus.COMPLETED);
    expect(state.anomalies).toEqual([]);
    expect(reduce([started(1, 1), completed(2, 2), reopened(3, 3)]).mission_status).toBe(MissionStatus.REOPENED);
  });

  it('post-mission events before completion are anomalies; a follow-up keeps the terminal status', () => {
    const early = reduce([started(1, 1), reopened(2, 2), followUp(3, 3)]);
    expect(early.anomalies.map((a) => a.reason)).toEqual([
      'MissionReopened before completion (mission not terminal)',
      'FollowUpRecorded before completion (mission not terminal)',
    ]);
    const late = reduce([started(1, 1), completed(2, 2), followUp(3, 3)]);
    expect(late.mission_status).toBe(MissionStatus.COMPLETED);
    expect(late.anomalies).toEqual([]);
  });

  it('an invalid catalog payload is an anomaly in any state', () => {
    const state = reduce([ev({ id: 1, clock: 1, type: 'MissionCreated', payload: {} }), started(2, 2)]);
    expect(state.anomalies.map((a) => a.reason)).toEqual(['Invalid MissionCreated payload']);
    expect(state.mission_status).toBe(MissionStatus.ACTIVE);
  });

  it('the reducer class equals the function in reversed order', () => {
    const events = [started(1, 1), completed(2, 2), reopened(3, 3), followUp(4, 4), completed(5, 5)];
    const reducer = new LifecycleReducer();
    for (const e of [...events].reverse()) reducer.apply(e as never);
    expect(reducer.state.toDict()).toEqual(reduce(events).toDict());
  });
});
