/**
 * The mission-next family against the reference: payload verdicts and dumps of every
 * mission-next payload model, and reduce_mission_next_events on random logs (whole and
 * through MissionNextReducer). Data: test/golden/6.1.0/{families-i-payloads,mission-next-reducer}.json,
 * made by scripts/golden/families_i_6_1_0.py.
 */
import 'reflect-metadata';
import { MISSION_NEXT_EVENT_TYPES, MissionNextReducer, reduceMissionNextEvents } from '../../src/mission-next';
import { golden, payloadMismatches, reducerMismatches, type PayloadCase, type ReducerCase, verdictCoverage } from '../support/golden-6';

const payloads = golden<PayloadCase[]>('families-i-payloads.json').filter((c) => MISSION_NEXT_EVENT_TYPES.has(c.event_type));
const logs = golden<ReducerCase[]>('mission-next-reducer.json');

describe('mission-next payload models against the reference', () => {
  it('covers every modelled event type with both verdicts', () => {
    const coverage = verdictCoverage(payloads);
    expect(coverage.keys.length).toBe(6);
    expect(coverage.oneSided).toEqual([]);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(payloads).slice(0, 3)).toEqual([]);
  });
});

describe('reduceMissionNextEvents against the reference', () => {
  it('has long logs with anomalies', () => {
    expect(logs.length).toBe(250);
    expect(logs.some((c) => c.events.length >= 200)).toBe(true);
    expect(logs.some((c) => 'dump' in c.result && (c.result.dump as { anomalies: unknown[] }).anomalies.length > 0)).toBe(true);
  });

  it('gives the reference result, whole and incremental', () => {
    expect(reducerMismatches(logs, reduceMissionNextEvents, () => new MissionNextReducer()).slice(0, 2)).toEqual([]);
  });
});
