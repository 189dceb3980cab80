import { LifecycleAnomaly, MissionStatus, ReducedMissionState, reduceLifecycleEvents } from '../../../src/v2/lifecycle';
import { FrozenMap } from '../../../src/conventions';
import { ValidationError } from '../../../src/envelope/errors';
import { WPState } from '../../../src/v2/status/reducer-models';
import type { Violation } from '../../../src/validation';
import { cancelled, started, wp } from './helpers';

const DEFAULT_DICT = {
  mission_id: null,
  mission_status: null,
  mission_type: null,
  current_phase: null,
  phases_entered: [],
  wp_states: {},
  anomalies: [],
  event_count: 0,
  last_processed_event_id: null,
};

function violationsOf(run: () => unknown): readonly Violation[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).violations;
  }
  throw new Error('expected a validation error');
}

const WP01 = {
  wp_id: 'WP01',
  current_lane: 'in_progress',
  last_event_id: '01HV0000000000000000000006',
  last_transition_at: '2026-03-01T09:00:04Z',
  evidence: null,
};

describe('LifecycleAnomaly (LIFECYCLE.md §5.1)', () => {
  it('builds from its 3 fields, in that key order, and is frozen', () => {
    const a = LifecycleAnomaly.fromDict({ reason: 'r', event_type: 'PhaseEntered', event_id: 'E1' });
    expect(a.event_id).toBe('E1');
    expect(a.event_type).toBe('PhaseEntered');
    expect(a.reason).toBe('r');
    expect(Object.keys(a.toDict())).toEqual(['event_id', 'event_type', 'reason']);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as unknown as Record<string, unknown>)['reason'] = 'x';
    }).toThrow(TypeError);
    expect(a.reason).toBe('r');
  });

  it('has no minimum lengths ("" accepted everywhere) and ignores extra keys', () => {
    const a = LifecycleAnomaly.fromDict({ event_id: '', event_type: '', reason: '', wp_id: 'WP01' });
    expect(a.toDict()).toEqual({ event_id: '', event_type: '', reason: '' });
  });

  it('requires all 3 fields and accepts only strings', () => {
    const missing = violationsOf(() => LifecycleAnomaly.fromDict({}));
    expect(missing.map((v) => [v.type, v.loc])).toEqual([
      ['missing', ['event_id']],
      ['missing', ['event_type']],
      ['missing', ['reason']],
    ]);
    const typed = violationsOf(() => LifecycleAnomaly.fromDict({ event_id: 1, event_type: null, reason: ['x'] }));
    expect(typed.map((v) => [v.type, v.loc, v.msg])).toEqual([
      ['string_type', ['event_id'], 'Input should be a valid string'],
      ['string_type', ['event_type'], 'Input should be a valid string'],
      ['string_type', ['reason'], 'Input should be a valid string'],
    ]);
  });
});

describe('ReducedMissionState (LIFECYCLE.md §5.2)', () => {
  it('fromDict({}) and the no-argument constructor give the frozen empty state', () => {
    for (const state of [ReducedMissionState.fromDict({}), new ReducedMissionState()]) {
      expect(state).toBeInstanceOf(ReducedMissionState);
      expect(state.toDict()).toEqual(DEFAULT_DICT);
      expect(Object.keys(state.toDict())).toEqual(Object.keys(DEFAULT_DICT));
      expect(state.mission_status).toBeNull();
      expect(state.wp_states).toBeInstanceOf(FrozenMap);
      expect(state.wp_states.size).toBe(0);
      expect(state.phases_entered).toEqual([]);
      expect(state.anomalies).toEqual([]);
      expect(state.event_count).toBe(0);
      expect(Object.isFrozen(state)).toBe(true);
      expect(Object.isFrozen(state.phases_entered)).toBe(true);
      expect(Object.isFrozen(state.anomalies)).toBe(true);
      expect(() => (state.wp_states as Map<string, WPState>).set('WP01', WPState.fromDict(WP01))).toThrow(TypeError);
      expect(() => {
        (state as unknown as Record<string, unknown>)['event_count'] = 3;
      }).toThrow(TypeError);
    }
  });

  it('the constructor validates like fromDict', () => {
    const state = new ReducedMissionState({ mission_id: 'M-7', mission_status: 'cancelled', event_count: '3' });
    expect(state.mission_status).toBe(MissionStatus.CANCELLED);
    expect(state.event_count).toBe(3);
    expect(Object.isFrozen(state)).toBe(true);
    const violations = violationsOf(() => new ReducedMissionState({ mission_status: 'ACTIVE' }));
    expect(violations[0]).toMatchObject({ type: 'enum', loc: ['mission_status'] });
  });

  it('mission_status accepts only the exact lowercase values', () => {
    expect(ReducedMissionState.fromDict({ mission_status: 'active' }).mission_status).toBe(MissionStatus.ACTIVE);
    expect(ReducedMissionState.fromDict({ mission_status: null }).mission_status).toBeNull();
    for (const bad of ['ACTIVE', ' active', 'canceled', '', 5]) {
      const violations = violationsOf(() => ReducedMissionState.fromDict({ mission_status: bad }));
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatchObject({
        type: 'enum',
        loc: ['mission_status'],
        msg: "Input should be 'active', 'completed' or 'cancelled'",
      });
    }
  });

  it.each([
    [5, 5],
    [5.0, 5],
    [true, 1],
    [false, 0],
    [-3, -3],
    [' 5 ', 5],
    ['+5', 5],
    ['-3', -3],
    ['05', 5],
    ['1_000', 1000],
    ['5.0', 5],
    ['5.00', 5],
  ])('event_count accepts %p as %p (lax int, no lower bound)', (input, expected) => {
    expect(ReducedMissionState.fromDict({ event_count: input }).event_count).toBe(expected);
  });

  it.each([
    [5.5, 'int_from_float'],
    ['5.10', 'int_parsing'],
    ['5.', 'int_parsing'],
    ['0x5', 'int_parsing'],
    ['1e3', 'int_parsing'],
    ['1__0', 'int_parsing'],
    ['_1', 'int_parsing'],
    ['٥', 'int_parsing'],
    ['', 'int_parsing'],
    [null, 'int_type'],
    [[1], 'int_type'],
    [{}, 'int_type'],
  ])('event_count rejects %p (%s)', (input, type) => {
    const violations = violationsOf(() => ReducedMissionState.fromDict({ event_count: input }));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ type, loc: ['event_count'] });
  });

  it('wp_states validates its values as WPState and keeps a Map in insertion order', () => {
    const state = ReducedMissionState.fromDict({ wp_states: { WP02: { ...WP01, wp_id: 'WP02' }, __proto__x: WP01, WP01 } });
    expect([...state.wp_states.keys()]).toEqual(['WP02', '__proto__x', 'WP01']);
    expect(state.wp_states.get('WP01')).toBeInstanceOf(WPState);
    expect(state.wp_states.get('WP01')?.current_lane).toBe('in_progress');
    expect(state.toDict()['wp_states']).toEqual({ WP02: { ...WP01, wp_id: 'WP02' }, __proto__x: WP01, WP01 });
    const violations = violationsOf(() => ReducedMissionState.fromDict({ wp_states: { WP01: { ...WP01, current_lane: 'doing' } } }));
    expect(violations[0]).toMatchObject({ type: 'enum', loc: ['wp_states', 'WP01', 'current_lane'] });
  });

  it('keeps a "__proto__" work-package id as an ordinary own key', () => {
    const raw = JSON.parse(`{"wp_states": {"__proto__": ${JSON.stringify(WP01)}}}`) as unknown;
    const state = ReducedMissionState.fromDict(raw);
    expect([...state.wp_states.keys()]).toEqual(['__proto__']);
    const dict = state.toDict()['wp_states'] as Record<string, unknown>;
    expect(Object.keys(dict)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(dict)).toBe(Object.prototype);
  });

  it('anomalies validate as LifecycleAnomaly; phases_entered as strings', () => {
    const state = ReducedMissionState.fromDict({
      phases_entered: ['a', 'a', ''],
      anomalies: [{ event_id: 'E', event_type: 'T', reason: 'R', extra: 1 }],
    });
    expect(state.anomalies[0]).toBeInstanceOf(LifecycleAnomaly);
    expect(state.toDict()['anomalies']).toEqual([{ event_id: 'E', event_type: 'T', reason: 'R' }]);
    expect(state.phases_entered).toEqual(['a', 'a', '']);
    const violations = violationsOf(() => ReducedMissionState.fromDict({ phases_entered: ['a', 1], anomalies: [{ event_id: 'E' }] }));
    expect(violations.map((v) => [v.type, v.loc])).toEqual([
      ['string_type', ['phases_entered', 1]],
      ['missing', ['anomalies', 0, 'event_type']],
      ['missing', ['anomalies', 0, 'reason']],
    ]);
  });

  it('ignores extra keys and round-trips a reducer result through toDict/fromDict', () => {
    const result = reduceLifecycleEvents([
      started(1, 1),
      wp(2, 2, 'WP01', null, 'planned'),
      wp(3, 2, 'WP02', 'claimed', 'in_progress'),
      cancelled(4, 3),
      started(5, 4),
    ]);
    const again = ReducedMissionState.fromDict({ ...result.toDict(), extra: true });
    expect(again.toDict()).toEqual(result.toDict());
    expect(again).toEqual(result);
    expect(again.toDict()).not.toHaveProperty('extra');
  });
});
