/**
 * The glossary family against the reference: payload verdicts and dumps, and
 * reduce_glossary_events (both modes) on random logs, whole and incremental. Data:
 * test/golden/6.1.0/glossary-*.json, made by scripts/golden/glossary_6_1_0.py.
 */
import 'reflect-metadata';
import { SpecKittyEventsError, ValidationError } from '../../src/envelope/errors';
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
  type ReducedGlossaryState,
} from '../../src/glossary';
import type { ModelClass, WireModel } from '../../src/validation';
import { asJson, glossaryEvent, golden, type EventSpec } from './helpers';

interface ViolationText { readonly type: string; readonly loc: readonly (string | number)[]; readonly msg: string }
interface PayloadCase { readonly model: string; readonly input: unknown; readonly valid: boolean; readonly dump?: unknown; readonly violations?: ViolationText[] }
type Outcome = { readonly dump: unknown } | { readonly error: 'ValidationError'; readonly violations: ViolationText[] } | { readonly error: 'SpecKittyEventsError'; readonly message: string };
interface ReducerCase { readonly events: EventSpec[]; readonly strict: Outcome; readonly permissive: Outcome }

const MODELS: Record<string, ModelClass<WireModel> & typeof WireModel> = {
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

const payloadCases = golden<PayloadCase[]>('glossary-payloads.json');
const reducerCases = golden<ReducerCase[]>('glossary-reducer.json');

function texts(violations: readonly { type: string; loc: readonly (string | number)[]; msg: string }[]): ViolationText[] {
  return violations.map((v) => ({ type: v.type, loc: [...v.loc], msg: v.msg }));
}

/** What the reducer gives, in the golden's shape. */
function run(read: () => ReducedGlossaryState): Outcome {
  try {
    return { dump: asJson(read().toDict()) };
  } catch (error) {
    if (error instanceof ValidationError) return { error: 'ValidationError', violations: texts(error.violations) };
    if (error instanceof SpecKittyEventsError) return { error: 'SpecKittyEventsError', message: error.message };
    throw error;
  }
}

describe('glossary payload models against the reference', () => {
  it('has both verdicts for every model', () => {
    for (const name of Object.keys(MODELS)) {
      expect(payloadCases.some((c) => c.model === name && c.valid)).toBe(true);
      expect(payloadCases.some((c) => c.model === name && !c.valid)).toBe(true);
    }
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    const mismatches: unknown[] = [];
    payloadCases.forEach((c, index) => {
      const result = MODELS[c.model]!.safeFromDict(c.input);
      const got = result.ok ? { valid: true, dump: asJson(result.value.toDict()) } : { valid: false, violations: texts(result.violations) };
      const want = c.valid ? { valid: true, dump: c.dump } : { valid: false, violations: c.violations };
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push({ index, model: c.model, input: c.input, want, got });
    });
    expect(mismatches.slice(0, 3)).toEqual([]);
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
      const whole = run(() => reduceGlossaryEvents(events, { mode }));
      const reducer = new GlossaryReducer({ mode });
      for (const event of events) reducer.apply(event);
      const incremental = run(() => reducer.state);
      if (JSON.stringify(whole) !== want) mismatches.push({ index, want: c[mode], got: whole });
      else if (JSON.stringify(incremental) !== want) mismatches.push({ index, incremental });
    });
    expect(mismatches.slice(0, 2)).toEqual([]);
  });
});
