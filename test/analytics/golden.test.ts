/**
 * Mission analytics against the reference: verdicts, violations and dumps of seeded mutations
 * of the reference fixtures' payloads (the total-tokens rule included). Data:
 * test/golden/6.1.0/families-i-payloads.json, made by scripts/golden/families_i_6_1_0.py.
 */
import 'reflect-metadata';
import { ANALYTICS_EVENT_TYPES, TokenUsageRecordedPayload } from '../../src/analytics';
import { golden, payloadMismatches, type PayloadCase } from '../support/golden-6';

const cases = golden<PayloadCase[]>('families-i-payloads.json').filter((c) => ANALYTICS_EVENT_TYPES.has(c.event_type));

describe('analytics payload models against the reference', () => {
  it('covers both event types with both verdicts, the totals rule among the failures', () => {
    expect(new Set(cases.map((c) => c.event_type))).toEqual(new Set(ANALYTICS_EVENT_TYPES));
    for (const type of ANALYTICS_EVENT_TYPES) {
      expect(cases.some((c) => c.event_type === type && c.valid)).toBe(true);
      expect(cases.some((c) => c.event_type === type && !c.valid)).toBe(true);
    }
    expect(cases.some((c) => c.violations?.some((v) => v.msg === 'Value error, total_tokens must equal input_tokens + output_tokens'))).toBe(true);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(cases).slice(0, 3)).toEqual([]);
  });

  it('rejects a total that is not the sum, naming the rule', () => {
    const result = TokenUsageRecordedPayload.safeFromDict({ mission_id: 'm', input_tokens: 1, output_tokens: 2, total_tokens: 4, estimated_cost_usd: 0, source: 's' });
    expect(result.ok ? [] : result.violations.map((v) => [v.type, v.loc, v.msg])).toEqual([
      ['value_error', [], 'Value error, total_tokens must equal input_tokens + output_tokens'],
    ]);
  });
});
