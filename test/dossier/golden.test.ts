/**
 * The dossier family against the reference: payload verdicts and dumps of every dossier payload
 * model, and reduceMissionDossier on random logs (whole and through MissionDossierReducer). Data:
 * test/golden/6.1.0/dossier-{payloads,reducer}.json, made by scripts/golden/dossier_6_1_0.py.
 */
import 'reflect-metadata';
import { DOSSIER_EVENT_TYPES, MissionDossierReducer, reduceMissionDossier } from '../../src/dossier';
import { golden, payloadMismatches, reducerMismatches, type PayloadCase, type ReducerCase, verdictCoverage } from '../support/golden-6';

const payloads = golden<PayloadCase[]>('dossier-payloads.json');
const logs = golden<ReducerCase[]>('dossier-reducer.json');

describe('dossier payload models against the reference', () => {
  it('covers every event type with both verdicts', () => {
    const coverage = verdictCoverage(payloads);
    expect(coverage.keys).toEqual([...DOSSIER_EVENT_TYPES].sort());
    expect(coverage.oneSided).toEqual([]);
  });

  it('gives the reference verdict, violations and dump for every case', () => {
    expect(payloadMismatches(payloads).slice(0, 3)).toEqual([]);
  });
});

describe('reduceMissionDossier against the reference', () => {
  it('has long logs, dumps and errors', () => {
    expect(logs.length).toBe(200);
    expect(logs.some((c) => c.events.length >= 200)).toBe(true);
    expect(logs.some((c) => 'dump' in c.result)).toBe(true);
    expect(logs.some((c) => 'error' in c.result)).toBe(true);
  });

  it('gives the reference result, whole and incremental', () => {
    expect(reducerMismatches(logs, reduceMissionDossier, () => new MissionDossierReducer()).slice(0, 2)).toEqual([]);
  });
});
