/**
 * Profile invocation against the reference: verdicts, violations and dumps of seeded mutations
 * of the reference fixture's payload; the reserved types have no payload model. Data:
 * test/golden/6.1.0/families-i-payloads.json, made by scripts/golden/families_i_6_1_0.py.
 */
import 'reflect-metadata';
import { PROFILE_INVOCATION_EVENT_TYPES, PROFILE_INVOCATION_RESERVED_TYPES } from '../../src/profile-invocation';
import { registryFor } from '../../src/registry';
import { golden, payloadMismatches, type PayloadCase } from '../support/golden-6';

const cases = golden<PayloadCase[]>('families-i-payloads.json').filter((c) => PROFILE_INVOCATION_EVENT_TYPES.has(c.event_type));

describe('profile invocation payload model against the reference', () => {
  it('has both verdicts', () => {
    expect(cases.some((c) => c.valid)).toBe(true);
    expect(cases.some((c) => !c.valid)).toBe(true);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(cases).slice(0, 3)).toEqual([]);
  });

  it('registers no payload for the reserved types', () => {
    for (const type of PROFILE_INVOCATION_RESERVED_TYPES) expect(registryFor('6.1.0').classForEventType(type)).toBeUndefined();
  });
});
