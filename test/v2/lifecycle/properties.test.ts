/**
 * Determinism properties (LIFECYCLE.md §6.8, §8 "Properties"), fast-check, ≥ 200 runs each:
 * permutation invariance for distinct ids, duplicates change nothing, and the incremental
 * `LifecycleReducer` (random apply order, state read in between) equals the whole-log function.
 */
import fc from 'fast-check';
import { LifecycleReducer, MissionStatus, reduceLifecycleEvents, type ReducedMissionState } from '../../../src/v2/lifecycle';
import { Event } from '../../../src/v2/envelope/event';
import { completed, cancelled, envelope, phase, started } from './helpers';

const TYPES = ['MissionStarted', 'PhaseEntered', 'MissionCompleted', 'MissionCancelled', 'ReviewRollback', 'WPStatusChanged', 'GatePassed'] as const;
const PHASES = ['specify', 'implement', 'review'] as const;
const LANES = [null, 'planned', 'claimed', 'in_progress', 'for_review'] as const;

interface Spec {
  readonly type: (typeof TYPES)[number];
  readonly clock: number;
  readonly second: number;
  readonly valid: boolean;
  readonly phase: (typeof PHASES)[number];
  readonly wpId: string;
  readonly from: (typeof LANES)[number];
  readonly to: (typeof LANES)[number];
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  type: fc.constantFrom(...TYPES),
  clock: fc.integer({ min: 0, max: 6 }),
  second: fc.integer({ min: 0, max: 3 }),
  /** Mostly valid payloads (4 in 5), so most logs get past MissionStarted. */
  valid: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  phase: fc.constantFrom(...PHASES),
  wpId: fc.constantFrom('WP01', 'WP02'),
  from: fc.constantFrom(...LANES),
  to: fc.constantFrom(...LANES),
});

function payloadOf(s: Spec): Record<string, unknown> {
  const actor = s.valid ? 'alice' : '';
  switch (s.type) {
    case 'MissionStarted':
      return { mission_id: 'M-7', mission_type: 'software-dev', initial_phase: s.phase, actor };
    case 'PhaseEntered':
      return { mission_id: 'M-7', phase_name: s.phase, actor };
    case 'MissionCompleted':
      return { mission_id: 'M-7', mission_type: 'software-dev', final_phase: s.phase, actor };
    case 'MissionCancelled':
      return { mission_id: 'M-7', reason: 'stop', actor, cancelled_wp_ids: [s.wpId] };
    case 'ReviewRollback':
      return { mission_id: 'M-7', review_ref: 'PR-1', target_phase: s.phase, actor };
    case 'WPStatusChanged':
      return { feature_slug: 'f', wp_id: s.wpId, from_lane: s.from, to_lane: s.to ?? 'planned', actor, execution_mode: 'worktree' };
    default:
      return { gate_name: 'ci' };
  }
}

/** A log of events with distinct ids (ids drawn independently of clocks and times). */
const logArb: fc.Arbitrary<Event[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 24 })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.array(specArb, { minLength: ids.length, maxLength: ids.length })))
  .map(([ids, specs]) =>
    specs.map((s, i) =>
      Event.fromDict(
        envelope({ id: ids[i]!, type: s.type, clock: s.clock, time: `2026-03-01T09:00:0${s.second}Z`, payload: payloadOf(s) }),
      ),
    ),
  );

/** A log plus a permutation of its indices. */
const permutedArb = logArb.chain((events) =>
  fc.tuple(
    fc.constant(events),
    fc.shuffledSubarray(
      events.map((_, i) => i),
      { minLength: events.length, maxLength: events.length },
    ),
  ),
);

function view(state: ReducedMissionState): unknown {
  return { dict: JSON.parse(JSON.stringify(state.toDict())) as unknown, wpOrder: [...state.wp_states.keys()] };
}

const RUNS = { numRuns: 200 };

describe('determinism properties (LIFECYCLE.md §6.8)', () => {
  it('the generated logs reach every outcome (so the properties below are not vacuous)', () => {
    const states = fc.sample(logArb, 300).map((events) => reduceLifecycleEvents(events));
    expect(states.filter((s) => s.mission_status === MissionStatus.ACTIVE).length).toBeGreaterThan(0);
    expect(states.filter((s) => s.mission_status === MissionStatus.COMPLETED).length).toBeGreaterThan(0);
    expect(states.filter((s) => s.mission_status === MissionStatus.CANCELLED).length).toBeGreaterThan(0);
    expect(states.filter((s) => s.wp_states.size > 0).length).toBeGreaterThan(0);
    expect(states.filter((s) => s.anomalies.some((a) => a.event_type === 'WPStatusChanged')).length).toBeGreaterThan(0);
    expect(states.filter((s) => s.anomalies.some((a) => a.reason.startsWith('Event after terminal'))).length).toBeGreaterThan(0);
    expect(states.filter((s) => s.phases_entered.length >= 3).length).toBeGreaterThan(0);
  });

  it('any permutation of an input with distinct ids gives an identical toDict()', () => {
    fc.assert(
      fc.property(permutedArb, ([events, order]) => {
        const permuted = order.map((i) => events[i]!);
        expect(view(reduceLifecycleEvents(permuted))).toEqual(view(reduceLifecycleEvents(events)));
      }),
      RUNS,
    );
  });

  it('duplicating events (same object or an identical re-parsed copy, anywhere) changes nothing', () => {
    const arb = logArb.chain((events) =>
      fc.tuple(
        fc.constant(events),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 30 }),
      ),
    );
    fc.assert(
      fc.property(arb, ([events, extras]) => {
        const withDuplicates = events.slice();
        if (events.length > 0) {
          for (const [which, where, reparse] of extras) {
            const original = events[which % events.length]!;
            const copy = reparse ? Event.fromDict(original.toDict()) : original;
            withDuplicates.splice(where % (withDuplicates.length + 1), 0, copy);
          }
        }
        expect(view(reduceLifecycleEvents(withDuplicates))).toEqual(view(reduceLifecycleEvents(events)));
      }),
      RUNS,
    );
  });

  it('LifecycleReducer fed one event at a time in random order (state read in between) equals the function', () => {
    const arb = permutedArb.chain(([events, order]) =>
      fc.tuple(fc.constant(events), fc.constant(order), fc.array(fc.boolean(), { minLength: order.length, maxLength: order.length })),
    );
    fc.assert(
      fc.property(arb, ([events, order, reads]) => {
        const reducer = new LifecycleReducer();
        const applied: Event[] = [];
        order.forEach((i, step) => {
          reducer.apply(events[i]!);
          applied.push(events[i]!);
          if (reads[step]) expect(view(reducer.state)).toEqual(view(reduceLifecycleEvents(applied)));
        });
        // A redelivery at the end is ignored.
        if (events.length > 0) reducer.apply(events[0]!);
        expect(view(reducer.state)).toEqual(view(reduceLifecycleEvents(events)));
        expect(reducer.size).toBe(events.length);
      }),
      RUNS,
    );
  });

  it('the incremental reducer handles a same-id copy that replaces an earlier-applied one', () => {
    const arb = logArb.filter((events) => events.length > 0).chain((events) =>
      fc.tuple(fc.constant(events), fc.nat(), fc.integer({ min: 0, max: 6 }), fc.boolean()),
    );
    fc.assert(
      fc.property(arb, ([events, which, clock, readFirst]) => {
        const original = events[which % events.length]!;
        const copy = Event.fromDict({ ...original.toDict(), lamport_clock: clock });
        const reducer = new LifecycleReducer().applyAll(events);
        if (readFirst) void reducer.state;
        reducer.apply(copy);
        expect(view(reducer.state)).toEqual(view(reduceLifecycleEvents([...events, copy])));
      }),
      RUNS,
    );
  });
});

describe('the reference property workloads (LIFECYCLE.md §8)', () => {
  const workload = (closeWithCancel: boolean): Event[] => [
    started(1, 1),
    phase(2, 2, 'implement'),
    phase(3, 3, 'review'),
    closeWithCancel ? cancelled(4, 4) : completed(4, 4, 'review'),
  ];

  it.each([false, true])('a clock-order-preserving shuffle gives the original state (cancel variant: %p)', (cancelVariant) => {
    const events = workload(cancelVariant);
    const expected = view(reduceLifecycleEvents(events));
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: 4, maxLength: 4 }), (shuffled) => {
        const causal = shuffled.slice().sort((a, b) => a.lamport_clock - b.lamport_clock);
        const state = reduceLifecycleEvents(causal);
        expect(view(state)).toEqual(expected);
        expect(view(reduceLifecycleEvents(shuffled))).toEqual(expected);
        expect(state.mission_status).toBe(cancelVariant ? MissionStatus.CANCELLED : MissionStatus.COMPLETED);
      }),
      RUNS,
    );
  });

  it('re-appending each event with probability 1/2 leaves status, phase, phases and count unchanged', () => {
    const events = workload(false);
    const base = reduceLifecycleEvents(events);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (picks) => {
        const state = reduceLifecycleEvents([...events, ...events.filter((_, i) => picks[i])]);
        expect(state.mission_status).toBe(base.mission_status);
        expect(state.current_phase).toBe(base.current_phase);
        expect(state.phases_entered).toEqual(base.phases_entered);
        expect(state.event_count).toBe(base.event_count);
      }),
      { numRuns: 100 },
    );
  });
});
