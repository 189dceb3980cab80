/**
 * Property tests (fast-check) for reduceMissionAuditEvents / MissionAuditReducer over the golden logs: arrival order, extra
 * copies and incremental application change nothing (errors included).
 */
import 'reflect-metadata';
import { Event } from '../../src/envelope/event';
import { MissionAuditReducer, reduceMissionAuditEvents } from '../../src/mission-audit';
import { golden, type ReducerCase } from '../support/golden-6';
import { checkReducerLaws } from '../support/reducer-laws';

const logs = golden<ReducerCase[]>('mission-audit-reducer.json')
  .filter((c) => c.events.length <= 80)
  .map((c) => c.events.map((e) => Event.fromDict(e)));

describe('mission-audit reducer laws', () => {
  it('permutation, duplicates, incremental = whole log', () => {
    checkReducerLaws(logs, { reduce: reduceMissionAuditEvents, makeReducer: () => new MissionAuditReducer() });
  });
});
