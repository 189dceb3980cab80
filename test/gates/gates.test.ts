/**
 * Gates at 6.1.0: the payloads are the 2.1.0 classes registered in both contracts; verdicts,
 * violations and dumps against the reference (scripts/golden/status_6_1_0.py), and
 * `mapCheckRunConclusion` (results, ignored-callback calls, error texts) against it.
 */
import {
  GateFailedPayload,
  GatePassedPayload,
  GatePayloadBase,
  UnknownConclusionError,
  mapCheckRunConclusion,
} from '../../src/gates';
import * as v2Gates from '../../src/v2/gates';
import { registryFor } from '../../src/registry';
import '../../src/all-models';
import { asJson, golden } from '../status/helpers';

interface GateCase {
  readonly event_type: 'GatePassed' | 'GateFailed';
  readonly input: Record<string, unknown>;
  readonly valid: boolean;
  readonly violations?: readonly { type: string; loc: (string | number)[]; msg: string }[];
  readonly dump?: Record<string, unknown>;
}
interface ConclusionCase {
  readonly conclusion: string;
  readonly result?: string | null;
  readonly ignored_calls?: [string, string][];
  readonly error?: string;
}

const data = golden<{ payloads: GateCase[]; conclusions: ConclusionCase[] }>('status-gates.json');

describe('gates 6.1.0', () => {
  it('serve one class per payload for both contracts', () => {
    expect(GatePassedPayload).toBe(v2Gates.GatePassedPayload);
    expect(GateFailedPayload).toBe(v2Gates.GateFailedPayload);
    expect(GatePayloadBase).toBe(v2Gates.GatePayloadBase);
    for (const version of ['2.1.0', '6.1.0'] as const) {
      expect(registryFor(version).classForEventType('GatePassed')).toBe(GatePassedPayload);
      expect(registryFor(version).classForEventType('GateFailed')).toBe(GateFailedPayload);
    }
  });

  it('give the reference verdicts, violations and dumps', () => {
    expect(data.payloads.length).toBeGreaterThanOrEqual(500);
    expect(data.payloads.some((c) => c.valid)).toBe(true);
    const mismatches: unknown[] = [];
    for (const c of data.payloads) {
      const model: typeof GatePayloadBase = c.event_type === 'GatePassed' ? GatePassedPayload : GateFailedPayload;
      const result = model.safeFromDict(c.input);
      const got = result.ok
        ? { valid: true, dump: asJson(result.value.toDict()) }
        : { valid: false, violations: result.violations.map((v) => ({ type: v.type, loc: [...v.loc], msg: v.msg })) };
      const want = c.valid ? { valid: true, dump: c.dump } : { valid: false, violations: c.violations };
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push({ input: c.input, want, got });
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('map check_run conclusions as the reference does', () => {
    for (const c of data.conclusions) {
      const calls: [string, string][] = [];
      const run = (): string | null => mapCheckRunConclusion(c.conclusion, (a, b) => void calls.push([a, b]));
      if (c.error !== undefined) {
        expect(run).toThrow(UnknownConclusionError);
        expect(run).toThrow(c.error);
      } else {
        expect(run()).toBe(c.result);
        expect(calls).toEqual(c.ignored_calls);
      }
    }
  });
});
