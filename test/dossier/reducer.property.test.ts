/**
 * Property tests (fast-check) for reduceMissionDossier / MissionDossierReducer over the golden logs: arrival order, extra
 * copies and incremental application change nothing (errors included).
 */
import 'reflect-metadata';
import { Event } from '../../src/envelope/event';
import { MissionDossierReducer, reduceMissionDossier } from '../../src/dossier';
import { golden, type ReducerCase } from '../support/golden-6';
import { checkReducerLaws } from '../support/reducer-laws';

const logs = golden<ReducerCase[]>('dossier-reducer.json')
  .filter((c) => c.events.length <= 80)
  .map((c) => c.events.map((e) => Event.fromDict(e)));

describe('dossier reducer laws', () => {
  it('permutation, duplicates, incremental = whole log', () => {
    checkReducerLaws(logs, { reduce: reduceMissionDossier, makeReducer: () => new MissionDossierReducer() });
  });
});
