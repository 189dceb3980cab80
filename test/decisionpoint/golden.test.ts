/**
 * The DecisionPoint family against the reference: payload verdicts and dumps of every event
 * type (the union payloads through their factories, both variants, mutated) and
 * reduce_decision_point_events on random logs (whole and through DecisionPointReducer).
 * Data: test/golden/6.1.0/decisionpoint-{payloads,reducer}.json, made by
 * scripts/golden/decisionpoint_6_1_0.py.
 */
import 'reflect-metadata';
import { DecisionPointReducer, reduceDecisionPointEvents } from '../../src/decisionpoint';
import { golden, payloadMismatches, reducerMismatches, type PayloadCase, type ReducerCase } from '../support/golden-6';

const payloads = golden<PayloadCase[]>('decisionpoint-payloads.json');
const logs = golden<ReducerCase[]>('decisionpoint-reducer.json');

describe('DecisionPoint payload models against the reference', () => {
  it('covers every event type and variant with both verdicts', () => {
    expect(new Set(payloads.map((c) => c.event_type)).size).toBe(5);
    const validModels = new Set(payloads.filter((c) => c.valid).map((c) => c.model));
    expect(validModels).toEqual(
      new Set([
        'DecisionPointOpenedAdrPayload',
        'DecisionPointOpenedInterviewPayload',
        'DecisionPointWidenedPayload',
        'DecisionPointDiscussingAdrPayload',
        'DecisionPointDiscussingInterviewPayload',
        'DecisionPointResolvedAdrPayload',
        'DecisionPointResolvedInterviewPayload',
        'DecisionPointOverriddenPayload',
      ]),
    );
    const types = new Set(payloads.flatMap((c) => c.violations ?? []).map((v) => v.type));
    for (const type of ['union_tag_invalid', 'model_attributes_type', 'missing', 'extra_forbidden']) expect(types).toContain(type);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(payloads).slice(0, 3)).toEqual([]);
  });
});

describe('reduceDecisionPointEvents against the reference', () => {
  it('has long logs and every anomaly kind', () => {
    expect(logs.length).toBe(300);
    expect(logs.some((c) => c.events.length >= 200)).toBe(true);
    const kinds = new Set(logs.flatMap((c) => ('dump' in c.result ? (c.result.dump as { anomalies: { kind: string }[] }).anomalies : [])).map((a) => a.kind));
    expect([...kinds].sort()).toEqual(
      ['authority_policy_violation', 'event_after_terminal', 'invalid_transition', 'llm_policy_violation', 'malformed_payload', 'missing_summary', 'origin_mismatch'].filter((k) => kinds.has(k)),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(6);
  });

  it('gives the reference result, whole and incremental', () => {
    expect(reducerMismatches(logs, reduceDecisionPointEvents, () => new DecisionPointReducer()).slice(0, 2)).toEqual([]);
  });
});
