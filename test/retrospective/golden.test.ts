/**
 * The retrospective family against the reference: payload verdicts and dumps of the 10
 * retrospective payload models (legacy and dotted event names, looked up through the 6.1.0
 * registry). Data: test/golden/6.1.0/retrospective-payloads.json, made by scripts/golden/dossier_6_1_0.py.
 */
import 'reflect-metadata';
import { RETROSPECTIVE_EVENT_TYPES } from '../../src/retrospective';
import { golden, payloadMismatches, type PayloadCase, verdictCoverage } from '../support/golden-6';

const payloads = golden<PayloadCase[]>('retrospective-payloads.json');

describe('retrospective payload models against the reference', () => {
  it('covers every event type with both verdicts', () => {
    const coverage = verdictCoverage(payloads);
    expect(coverage.keys).toEqual([...RETROSPECTIVE_EVENT_TYPES].sort());
    expect(coverage.oneSided).toEqual([]);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(payloads).slice(0, 3)).toEqual([]);
  });
});
