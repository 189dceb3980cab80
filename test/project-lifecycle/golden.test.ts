/**
 * The project-lifecycle and build-lifecycle payload models against the reference: verdicts,
 * violations and dumps of seeded mutations of each reference fixture's payload. Data:
 * test/golden/6.1.0/families-i-payloads.json, made by scripts/golden/families_i_6_1_0.py.
 */
import 'reflect-metadata';
import { BUILD_LIFECYCLE_EVENT_TYPES } from '../../src/build-lifecycle';
import { CANONICAL_LIFECYCLE_EVENT_TYPES } from '../../src/project-lifecycle';
import { golden, payloadMismatches, type PayloadCase, verdictCoverage } from '../support/golden-6';

const all = golden<PayloadCase[]>('families-i-payloads.json');

describe.each([
  ['project lifecycle', CANONICAL_LIFECYCLE_EVENT_TYPES, 12],
  ['build lifecycle', BUILD_LIFECYCLE_EVENT_TYPES, 2],
] as const)('%s payload models against the reference', (_family, types, count) => {
  const cases = all.filter((c) => types.has(c.event_type));

  it('covers every event type with both verdicts', () => {
    const coverage = verdictCoverage(cases);
    expect(coverage.keys.length).toBe(count);
    expect(coverage.oneSided).toEqual([]);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(cases).slice(0, 3)).toEqual([]);
  });
});
