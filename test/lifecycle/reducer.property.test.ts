/**
 * Property tests (fast-check) for the 6.1.0 reduceLifecycleEvents / LifecycleReducer over the
 * golden logs (mission and status events): arrival order, extra copies and incremental
 * application change nothing.
 */
import 'reflect-metadata';
import { Event } from '../../src/envelope/event';
import { LifecycleReducer, reduceLifecycleEvents } from '../../src/lifecycle';
import { golden, type ReducerCase } from '../support/golden-6';
import { checkReducerLaws } from '../support/reducer-laws';

const logs = golden<ReducerCase[]>('lifecycle-reducer.json')
  .filter((c) => c.events.length <= 80)
  .map((c) => c.events.map((e) => Event.fromDict(e)));

describe('lifecycle reducer laws (6.1.0)', () => {
  it('permutation, duplicates, incremental = whole log', () => {
    checkReducerLaws(logs, { reduce: reduceLifecycleEvents, makeReducer: () => new LifecycleReducer() });
  });
});
