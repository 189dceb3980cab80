/**
 * The 6.1.0 mission lifecycle against the reference: payload verdicts and dumps of every
 * lifecycle payload model, and reduce_lifecycle_events on random logs of mission and status
 * events (whole and through LifecycleReducer). Data:
 * test/golden/6.1.0/{families-i-payloads,lifecycle-reducer}.json, made by
 * scripts/golden/families_i_6_1_0.py.
 */
import 'reflect-metadata';
import { LifecycleReducer, MISSION_EVENT_TYPES, reduceLifecycleEvents } from '../../src/lifecycle';
import { golden, payloadMismatches, reducerMismatches, type PayloadCase, type ReducerCase, verdictCoverage } from '../support/golden-6';

const payloads = golden<PayloadCase[]>('families-i-payloads.json').filter((c) => MISSION_EVENT_TYPES.has(c.event_type));
const logs = golden<ReducerCase[]>('lifecycle-reducer.json');

describe('lifecycle payload models against the reference', () => {
  it('covers every mission event type with both verdicts', () => {
    const coverage = verdictCoverage(payloads);
    expect(coverage.keys).toEqual([...MISSION_EVENT_TYPES].sort());
    expect(coverage.oneSided).toEqual([]);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(payloads).slice(0, 3)).toEqual([]);
  });
});

describe('reduceLifecycleEvents against the reference', () => {
  it('has long logs with anomalies', () => {
    expect(logs.length).toBe(250);
    expect(logs.some((c) => c.events.length >= 200)).toBe(true);
    expect(logs.some((c) => 'dump' in c.result && (c.result.dump as { anomalies: unknown[] }).anomalies.length > 0)).toBe(true);
  });

  it('gives the reference result, whole and incremental', () => {
    expect(reducerMismatches(logs, reduceLifecycleEvents, () => new LifecycleReducer()).slice(0, 2)).toEqual([]);
  });
});
