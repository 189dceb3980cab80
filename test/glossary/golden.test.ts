/**
 * The glossary family against the reference: payload verdicts and dumps, and
 * reduce_glossary_events (both modes) on random logs, whole and incremental. Data:
 * test/golden/6.1.0/glossary-*.json, made by scripts/golden/glossary_6_1_0.py.
 */
import 'reflect-metadata';
import {
  GenerationBlockedBySemanticConflictPayload,
  GlossaryClarificationRequestedPayload,
  GlossaryClarificationResolvedPayload,
  GlossaryReducer,
  GlossaryScopeActivatedPayload,
  GlossarySenseUpdatedPayload,
  GlossaryStrictnessSetPayload,
  SemanticCheckEvaluatedPayload,
  SemanticConflictEntry,
  TermCandidateObservedPayload,
  reduceGlossaryEvents,
  type GlossaryReduceMode,
} from '../../src/glossary';
import { golden, outcome, payloadMismatches, verdictCoverage, type Outcome, type SafeParsing, type VerdictCase } from '../support/golden-6';
import { glossaryEvent, type EventSpec } from './helpers';

interface ReducerCase { readonly events: EventSpec[]; readonly strict: Outcome; readonly permissive: Outcome }

const MODELS: Record<string, SafeParsing> = {
  SemanticConflictEntry,
  GlossaryScopeActivatedPayload,
  TermCandidateObservedPayload,
  GlossarySenseUpdatedPayload,
  GlossaryStrictnessSetPayload,
  SemanticCheckEvaluatedPayload,
  GlossaryClarificationRequestedPayload,
  GlossaryClarificationResolvedPayload,
  GenerationBlockedBySemanticConflictPayload,
};

const payloadCases = golden<VerdictCase[]>('glossary-payloads.json');
const reducerCases = golden<ReducerCase[]>('glossary-reducer.json');

describe('glossary payload models against the reference', () => {
  it('has both verdicts for every model', () => {
    const coverage = verdictCoverage(payloadCases, 'model');
    expect(coverage.keys).toEqual(Object.keys(MODELS).sort());
    expect(coverage.oneSided).toEqual([]);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(payloadCases, (c) => (c.model === undefined ? undefined : MODELS[c.model])).slice(0, 3)).toEqual([]);
  });
});

describe('reduceGlossaryEvents against the reference', () => {
  it('has random logs exercising every anomaly and both error kinds', () => {
    expect(reducerCases.length).toBeGreaterThanOrEqual(300);
    const reasons = reducerCases.flatMap((c) => ('dump' in c.permissive ? ((c.permissive.dump as { anomalies: { reason: string }[] }).anomalies.map((a) => a.reason)) : []));
    for (const prefix of ['References unactivated scope', 'Sense update for unobserved term', 'References unknown semantic check', 'Burst cap exceeded', 'Resolution for unknown clarification']) {
      expect(reasons.some((r) => r.startsWith(prefix))).toBe(true);
    }
    const errors = new Set(reducerCases.flatMap((c) => [c.strict, c.permissive]).map((o) => ('error' in o ? o.error : 'ok')));
    expect([...errors].sort()).toEqual(['SpecKittyEventsError', 'ValidationError', 'ok']);
    expect(reducerCases.some((c) => c.events.length >= 250)).toBe(true);
  });

  it.each<GlossaryReduceMode>(['strict', 'permissive'])('gives the reference result in %s mode, whole and incremental', (mode) => {
    const mismatches: unknown[] = [];
    reducerCases.forEach((c, index) => {
      const events = c.events.map((e) => glossaryEvent(e));
      const want = JSON.stringify(c[mode]);
      const whole = outcome(() => reduceGlossaryEvents(events, { mode }));
      const reducer = new GlossaryReducer({ mode });
      for (const event of events) reducer.apply(event);
      const incremental = outcome(() => reducer.state);
      if (JSON.stringify(whole) !== want) mismatches.push({ index, want: c[mode], got: whole });
      else if (JSON.stringify(incremental) !== want) mismatches.push({ index, incremental });
    });
    expect(mismatches.slice(0, 2)).toEqual([]);
  });
});
