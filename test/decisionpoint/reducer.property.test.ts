/**
 * Property tests (fast-check) for reduceDecisionPointEvents / DecisionPointReducer over the
 * golden logs: arrival order, extra copies and incremental application change nothing.
 */
import 'reflect-metadata';
import { Event } from '../../src/envelope/event';
import { DecisionPointReducer, reduceDecisionPointEvents } from '../../src/decisionpoint';
import { golden, type ReducerCase } from '../support/golden-6';
import { checkReducerLaws } from '../support/reducer-laws';

const logs = golden<ReducerCase[]>('decisionpoint-reducer.json')
  .filter((c) => c.events.length <= 80)
  .map((c) => c.events.map((e) => Event.fromDict(e)));

describe('DecisionPoint reducer laws', () => {
  it('permutation, duplicates, incremental = whole log', () => {
    checkReducerLaws(logs, { reduce: reduceDecisionPointEvents, makeReducer: () => new DecisionPointReducer() });
  });
});
