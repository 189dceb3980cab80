/**
 * Property tests (fast-check) for reduceMissionNextEvents / MissionNextReducer over the golden
 * logs: arrival order, extra copies and incremental application change nothing.
 */
import 'reflect-metadata';
import { Event } from '../../src/envelope/event';
import { MissionNextReducer, reduceMissionNextEvents } from '../../src/mission-next';
import { golden, type ReducerCase } from '../support/golden-6';
import { checkReducerLaws } from '../support/reducer-laws';

const logs = golden<ReducerCase[]>('mission-next-reducer.json')
  .filter((c) => c.events.length <= 80)
  .map((c) => c.events.map((e) => Event.fromDict(e)));

describe('mission-next reducer laws', () => {
  it('permutation, duplicates, incremental = whole log', () => {
    checkReducerLaws(logs, { reduce: reduceMissionNextEvents, makeReducer: () => new MissionNextReducer() });
  });
});
