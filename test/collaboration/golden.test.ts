/**
 * The 6.1.0 collaboration payloads against the reference: verdict, violations (type, loc,
 * msg) and dump for every case of test/golden/6.1.0/collaboration-payloads.json (made by
 * scripts/golden/collaboration_6_1_0.py).
 */
import 'reflect-metadata';
import { readFileSync } from 'fs';
import { join } from 'path';
import { isDeepStrictEqual } from 'util';
import * as root from '../../src';
import type { ModelClass, WireModel } from '../../src/validation';

interface ViolationText { readonly type: string; readonly loc: readonly (string | number)[]; readonly msg: string }
interface PayloadCase { readonly model: string; readonly input: unknown; readonly valid: boolean; readonly dump?: unknown; readonly violations?: ViolationText[] }

const cases = JSON.parse(readFileSync(join(__dirname, '../golden/6.1.0/collaboration-payloads.json'), 'utf8')) as PayloadCase[];
const models = root as unknown as Record<string, ModelClass<WireModel> & typeof WireModel>;

describe('collaboration 6.1.0 payloads (golden)', () => {
  it('has cases for all 14 payload models, valid and invalid', () => {
    expect(new Set(cases.map((c) => c.model)).size).toBe(14);
    expect(cases.some((c) => c.valid)).toBe(true);
    expect(cases.some((c) => !c.valid)).toBe(true);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    const mismatches: unknown[] = [];
    cases.forEach((c, index) => {
      const model = models[c.model];
      if (model === undefined) throw new Error(`root does not export ${c.model}`);
      const result = model.safeFromDict(c.input);
      const got = result.ok
        ? { valid: true, dump: JSON.parse(JSON.stringify(result.value.toDict())) }
        : { valid: false, violations: result.violations.map((v) => ({ type: v.type, loc: [...v.loc], msg: v.msg })) };
      const want = c.valid ? { valid: true, dump: c.dump } : { valid: false, violations: c.violations };
      // Key order is not compared (the golden file is written with sorted keys).
      if (!isDeepStrictEqual(got, want)) mismatches.push({ index, model: c.model, input: c.input, want, got });
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('the root ParticipantIdentity is the 6.1.0 one (external_refs) and the v2 one is unchanged', () => {
    const identity = { participant_id: 'p1', participant_type: 'human', external_refs: { slack_user_id: 'U1' } };
    expect(models['ParticipantIdentity']!.fromDict(identity).toDict()).toMatchObject({ external_refs: { slack_user_id: 'U1' } });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const v2 = require('../../src/v2') as Record<string, ModelClass<WireModel> & typeof WireModel>;
    expect(v2['ParticipantIdentity']!.fromDict(identity).toDict()).not.toHaveProperty('external_refs');
  });
});
