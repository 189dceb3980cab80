/**
 * The reference's verdicts, made by scripts/golden/status_6_1_0.py: `StatusTransitionPayload`
 * (valid or the violations' type/loc/msg, the dump, `actor_label`, `validateTransition`,
 * `isBootstrapPlannedEvent`) and `reduceStatusEvents` on random logs (`model_dump(mode="json")`).
 */
import {
  StatusReducer,
  StatusTransitionPayload,
  isBootstrapPlannedEvent,
  reduceStatusEvents,
  validateTransition,
} from '../../src/status';
import { asJson, golden, statusEvent, type EventSpec } from './helpers';

interface PayloadCase {
  readonly input: Record<string, unknown>;
  readonly valid: boolean;
  readonly violations?: readonly { type: string; loc: (string | number)[]; msg: string }[];
  readonly dump?: Record<string, unknown>;
  readonly actor_label?: string;
  readonly transition?: { valid: boolean; violations: string[] };
  readonly bootstrap?: boolean;
}

interface ReducerCase {
  readonly events: readonly (EventSpec & Record<string, unknown>)[];
  readonly expected: Record<string, unknown>;
}

const payloadCases = golden<PayloadCase[]>('status-payloads.json');
const reducerCases = golden<ReducerCase[]>('status-reducer.json');

describe('StatusTransitionPayload 6.1.0 against the reference', () => {
  it('has a large corpus with both verdicts and every rule family', () => {
    expect(payloadCases.length).toBeGreaterThanOrEqual(2500);
    const types = new Set(payloadCases.flatMap((c) => (c.violations ?? []).map((v) => v.type)));
    for (const type of ['extra_forbidden', 'value_error', 'string_type', 'dict_type', 'enum', 'missing']) expect(types).toContain(type);
    expect(payloadCases.some((c) => c.transition?.valid === false)).toBe(true);
    expect(payloadCases.some((c) => c.bootstrap === true)).toBe(true);
  });

  it('gives the reference verdict, violations, dump and derived values for every case', () => {
    const mismatches: unknown[] = [];
    payloadCases.forEach((c, index) => {
      const result = StatusTransitionPayload.safeFromDict(c.input);
      if (!c.valid) {
        const got = result.ok ? 'valid' : result.violations.map((v) => ({ type: v.type, loc: [...v.loc], msg: v.msg }));
        if (JSON.stringify(got) !== JSON.stringify(c.violations)) mismatches.push({ index, input: c.input, want: c.violations, got });
        return;
      }
      if (!result.ok) {
        mismatches.push({ index, input: c.input, want: 'valid', got: result.violations });
        return;
      }
      const model = result.value;
      const tv = validateTransition(model);
      const got = {
        dump: asJson(model.toDict()),
        actor_label: model.actor_label,
        transition: { valid: tv.valid, violations: [...tv.violations] },
        bootstrap: isBootstrapPlannedEvent(model),
      };
      const want = { dump: c.dump, actor_label: c.actor_label, transition: c.transition, bootstrap: c.bootstrap };
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push({ index, input: c.input, want, got });
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe('reduceStatusEvents 6.1.0 against the reference', () => {
  it('has random logs with every reducer rule exercised', () => {
    expect(reducerCases.length).toBeGreaterThanOrEqual(500);
    const reasons = reducerCases.flatMap((c) => (c.expected['anomalies'] as { reason: string }[]).map((a) => a.reason));
    for (const prefix of ['from_lane mismatch', 'payload validation failed', 'bootstrap planned ignored', 'review-rejection rollback', 'Transition ']) {
      expect(reasons.some((r) => r.startsWith(prefix))).toBe(true);
    }
  });

  it('gives the reference result (model_dump) for every log, whole and incremental', () => {
    const mismatches: unknown[] = [];
    reducerCases.forEach((c, index) => {
      const events = c.events.map((e) => statusEvent(e));
      const whole = asJson(reduceStatusEvents(events).toDict());
      const reducer = new StatusReducer();
      for (const event of events) reducer.apply(event);
      const incremental = asJson(reducer.state.toDict());
      if (JSON.stringify(whole) !== JSON.stringify(c.expected)) mismatches.push({ index, want: c.expected, got: whole });
      else if (JSON.stringify(incremental) !== JSON.stringify(c.expected)) mismatches.push({ index, incremental });
    });
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});
