/**
 * The connector family against the reference: verdicts, violations and dumps of every
 * connector payload model, reduce_connector_events on random logs (whole and through
 * ConnectorReducer) and the reducer laws (reducer outputs: reference-outputs.test.ts). Data: test/golden/6.1.0/{connsync-payloads,connector-reducer}.json,
 * made by scripts/golden/connsync_6_1_0.py.
 */
import 'reflect-metadata';
import { validateEvent } from '../../src/conformance';
import {
  CONNECTOR_EVENT_TYPES,
  ConnectorReducer,
  USER_CONNECTED,
  USER_DISCONNECTED,
  UserConnectedPayload,
  UserDisconnectedPayload,
  reduceConnectorEvents,
} from '../../src/connector';
import { Event } from '../../src/envelope/event';
import { golden, payloadMismatches, reducerMismatches, type PayloadCase, type ReducerCase, verdictCoverage } from '../support/golden-6';
import { checkReducerLaws } from '../support/reducer-laws';

const payloads = golden<PayloadCase[]>('connsync-payloads.json').filter((c) => CONNECTOR_EVENT_TYPES.has(c.event_type));
const logs = golden<ReducerCase[]>('connector-reducer.json');
/** The per-user payloads have schemas but no event-type registration (as in the reference's validate_event). */
const USER_MODELS = { [USER_CONNECTED]: UserConnectedPayload, [USER_DISCONNECTED]: UserDisconnectedPayload } as const;

describe('connector payload models against the reference', () => {
  it('covers the seven event types with both verdicts', () => {
    const coverage = verdictCoverage(payloads);
    expect(coverage.keys).toEqual([...CONNECTOR_EVENT_TYPES].sort());
    expect(coverage.oneSided).toEqual([]);
  });

  it('gives the reference verdict, violations and dump for every binding-level case', () => {
    expect(payloadMismatches(payloads.filter((c) => !(c.event_type in USER_MODELS))).slice(0, 3)).toEqual([]);
  });

  it.each(Object.entries(USER_MODELS))('gives the reference verdict for every %s case', (type, model) => {
    const mismatches = payloads
      .filter((c) => c.event_type === type)
      .filter((c) => {
        const result = model.safeFromDict(c.input);
        const got = result.ok ? { valid: true, dump: JSON.parse(JSON.stringify(result.value.toDict())) as unknown } : { valid: false, violations: result.violations.map((v) => ({ type: v.type, loc: [...v.loc], msg: v.msg })) };
        return JSON.stringify(got) !== JSON.stringify(c.valid ? { valid: true, dump: c.dump } : { valid: false, violations: c.violations });
      });
    expect(mismatches.slice(0, 2)).toEqual([]);
  });

  it('validateEvent does not know the per-user types, as the reference (ValueError there)', () => {
    expect(() => validateEvent({}, USER_CONNECTED)).toThrow(RangeError);
  });
});

describe('reduceConnectorEvents against the reference', () => {
  it('has long logs with every anomaly kind the fold can produce', () => {
    const kinds = new Set(logs.flatMap((c) => ('dump' in c.result ? (c.result.dump as { anomalies: { kind: string }[] }).anomalies.map((a) => a.kind) : [])));
    expect([...kinds].sort()).toEqual(['invalid_transition', 'malformed_payload']);
    expect(logs.some((c) => c.events.length >= 250)).toBe(true);
  });

  it('gives the reference result, whole and incremental', () => {
    expect(reducerMismatches(logs, reduceConnectorEvents, () => new ConnectorReducer()).slice(0, 2)).toEqual([]);
  });

  it('obeys the reducer laws', () => {
    const small = logs.filter((c) => c.events.length <= 40).map((c) => c.events.map((e) => Event.fromDict(e)));
    checkReducerLaws(small, { reduce: reduceConnectorEvents, makeReducer: () => new ConnectorReducer() });
  });
});
