/**
 * The sync family against the reference: verdicts, violations and dumps of every sync payload
 * model (ExternalReferenceLinked included), and reduce_sync_events on random logs, whole and
 * through SyncReducer, plus the reducer laws. Data: test/golden/6.1.0/{connsync-payloads,sync-reducer}.json,
 * made by scripts/golden/connsync_6_1_0.py (frozensets dumped sorted, as `toDict()` writes them).
 */
import 'reflect-metadata';
import { Event } from '../../src/envelope/event';
import { EXTERNAL_REFERENCE_LINKED, SYNC_EVENT_TYPES, SyncReducer, reduceSyncEvents } from '../../src/sync';
import { golden, payloadMismatches, reducerMismatches, type PayloadCase, type ReducerCase, verdictCoverage } from '../support/golden-6';
import { checkReducerLaws } from '../support/reducer-laws';

const payloads = golden<PayloadCase[]>('connsync-payloads.json').filter((c) => SYNC_EVENT_TYPES.has(c.event_type) || c.event_type === EXTERNAL_REFERENCE_LINKED);
const logs = golden<ReducerCase[]>('sync-reducer.json');

describe('sync payload models against the reference', () => {
  it('covers the six event types with both verdicts', () => {
    const coverage = verdictCoverage(payloads);
    expect(coverage.keys.length).toBe(6);
    expect(coverage.oneSided).toEqual([]);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(payloads).slice(0, 3)).toEqual([]);
  });
});

describe('reduceSyncEvents against the reference', () => {
  it('has long logs with both anomaly kinds', () => {
    const kinds = new Set(logs.flatMap((c) => ('dump' in c.result ? (c.result.dump as { anomalies: { kind: string }[] }).anomalies.map((a) => a.kind) : [])));
    expect([...kinds].sort()).toEqual(['duplicate_delivery_pair', 'malformed_payload']);
    expect(logs.some((c) => c.events.length >= 250)).toBe(true);
  });

  it('gives the reference result, whole and incremental', () => {
    expect(reducerMismatches(logs, reduceSyncEvents, () => new SyncReducer()).slice(0, 2)).toEqual([]);
  });

  it('obeys the reducer laws', () => {
    const small = logs.filter((c) => c.events.length <= 40).map((c) => c.events.map((e) => Event.fromDict(e)));
    checkReducerLaws(small, { reduce: reduceSyncEvents, makeReducer: () => new SyncReducer() });
  });
});
