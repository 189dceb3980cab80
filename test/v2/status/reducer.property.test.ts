/**
 * Property tests (fast-check) for the status reducer: permutation invariance for inputs
 * with distinct keys, duplicate insensitivity, and the incremental `StatusReducer` agreeing
 * with the whole-log function under random apply orders and interleaved reads.
 */
import fc from 'fast-check';
import type { Event } from '../../../src/v2/envelope/event';
import { Lane, StatusReducer, reduceStatusEvents } from '../../../src/v2/status';
import { EVIDENCE, numId, statusEvent } from './helpers';

const LANE_OR_ALIAS = [...Object.values(Lane), 'doing', 'bogus'];
const WP_IDS = ['WP01', 'WP02', 'WP03', '7', '__proto__'];
const TIMES = ['00:00:00', '00:00:01', '00:00:01.5', '2026-01-01T00:00:01+01:00', '2026-01-01T00:00:01'];

/** A status payload: mostly valid, sometimes forced, rolled back, unparseable or aliased. */
const payloadArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      wp_id: fc.constantFrom(...WP_IDS),
      from_lane: fc.option(fc.constantFrom(...Object.values(Lane), 'doing'), { nil: null }),
      to_lane: fc.constantFrom(...Object.values(Lane), 'doing'),
      force: fc.boolean(),
      reason: fc.option(fc.constantFrom('why', ' ', ''), { nil: null }),
      review_ref: fc.option(fc.constantFrom('PR#1', ''), { nil: null }),
      evidence: fc.option(fc.constant(EVIDENCE), { nil: null, freq: 3 }),
    }).map((p) => ({ feature_slug: 'feat', actor: 'agent', execution_mode: 'worktree', ...p })),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { wp_id: fc.oneof(fc.constantFrom(...WP_IDS), fc.constant(''), fc.integer()), from_lane: fc.constantFrom(...LANE_OR_ALIAS), to_lane: fc.constantFrom(...LANE_OR_ALIAS) },
      { requiredKeys: [] },
    ),
  },
);

interface Spec {
  readonly lamport: number;
  readonly time: string;
  readonly type: string;
  readonly payload: Record<string, unknown>;
}

/** The happy path with a rollback and a forced exit from done: step k sits at clock k + 1. */
const PATH: readonly Record<string, unknown>[] = [
  { from_lane: null, to_lane: 'planned' },
  { from_lane: 'planned', to_lane: 'claimed' },
  { from_lane: 'claimed', to_lane: 'doing' },
  { from_lane: 'in_progress', to_lane: 'for_review' },
  { from_lane: 'for_review', to_lane: 'done', evidence: EVIDENCE },
  { from_lane: 'for_review', to_lane: 'in_progress', review_ref: 'PR#2' },
  { from_lane: 'done', to_lane: 'in_progress', force: true, reason: 'reopen' },
  { from_lane: 'in_progress', to_lane: 'planned', reason: 'reassign' },
];

const randomSpecArb: fc.Arbitrary<Spec> = fc.record({
  lamport: fc.integer({ min: 0, max: 6 }),
  time: fc.constantFrom(...TIMES),
  type: fc.constantFrom('WPStatusChanged', 'WPStatusChanged', 'WPStatusChanged', 'WPStatusChanged', 'GatePassed'),
  payload: payloadArb,
});

/** Steps of the path on a few WPs, near their natural clock: valid chains and concurrent groups. */
const pathSpecArb: fc.Arbitrary<Spec> = fc
  .record({ step: fc.integer({ min: 0, max: PATH.length - 1 }), jitter: fc.integer({ min: 0, max: 1 }), wp: fc.constantFrom('WP01', 'WP02'), time: fc.constantFrom(...TIMES) })
  .map(({ step, jitter, wp, time }) => ({
    lamport: Math.min(step, 5) + jitter,
    time,
    type: 'WPStatusChanged',
    payload: { feature_slug: 'feat', actor: 'agent', execution_mode: 'worktree', wp_id: wp, ...PATH[step]! },
  }));

const specArb: fc.Arbitrary<Spec> = fc.oneof({ weight: 1, arbitrary: randomSpecArb }, { weight: 2, arbitrary: pathSpecArb });

/** Clock of each path step: the done (4) and the rollback (5) form one concurrent group. */
const PATH_CLOCK = [1, 2, 3, 4, 5, 5, 6, 7];

/** A WP walking the first `length` steps of the path, one step sometimes a clock late. */
const chainArb: fc.Arbitrary<Spec[]> = fc
  .record({
    wp: fc.constantFrom('WP01', 'WP02', 'WP03'),
    length: fc.integer({ min: 1, max: PATH.length }),
    late: fc.integer({ min: -1, max: PATH.length * 3 }),
    time: fc.constantFrom(...TIMES),
  })
  .map(({ wp, length, late, time }) =>
    PATH.slice(0, length).map((step, k) => ({
      lamport: PATH_CLOCK[k]! + (k === late ? 1 : 0),
      time,
      type: 'WPStatusChanged',
      payload: { feature_slug: 'feat', actor: 'agent', execution_mode: 'worktree', wp_id: wp, ...step },
    })),
  );

/** Events with pairwise distinct ids (hence distinct keys). */
const eventsArb: fc.Arbitrary<Event[]> = fc
  .tuple(fc.array(specArb, { maxLength: 20 }), fc.array(chainArb, { maxLength: 3 }))
  .map(([loose, chains]) =>
    [...loose, ...chains.flat()].map((s, i) => statusEvent({ id: numId(i), lamport: s.lamport, time: s.time, type: s.type, payload: s.payload })),
  );

/** A permutation of `items` driven by fast-check (shrinkable). */
function permuted<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc
    .array(fc.nat(), { minLength: items.length, maxLength: items.length })
    .map((weights) => items.map((item, i) => [weights[i]!, i, item] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]));
}

const dictOf = (events: readonly Event[]): unknown => reduceStatusEvents(events).toDict();

describe('reduceStatusEvents properties', () => {
  it('any permutation of an input with distinct keys gives an identical toDict()', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) => fc.tuple(fc.constant(events), permuted(events))),
        ([events, shuffled]) => {
          expect(dictOf(shuffled)).toEqual(dictOf(events));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('duplicating any events changes nothing', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) =>
          fc.tuple(fc.constant(events), fc.array(fc.nat(), { maxLength: 15 }), fc.nat()),
        ),
        ([events, picks, seed]) => {
          const copies = events.length === 0 ? [] : picks.map((p) => events[p % events.length]!);
          const withDuplicates = [...events];
          copies.forEach((copy, i) => withDuplicates.splice((seed + i * 7) % (withDuplicates.length + 1), 0, copy));
          expect(dictOf(withDuplicates)).toEqual(dictOf(events));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('StatusReducer fed one by one in random order (apply, then state) equals the whole-log function', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) => fc.tuple(fc.constant(events), permuted(events))),
        ([events, order]) => {
          const reducer = new StatusReducer();
          for (const event of order) reducer.apply(event);
          expect(reducer.state.toDict()).toEqual(dictOf(events));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('… also when reading state in between applies', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) =>
          fc.tuple(fc.constant(events), permuted(events), fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length })),
        ),
        ([events, order, reads]) => {
          const reducer = new StatusReducer();
          order.forEach((event, i) => {
            reducer.apply(event);
            if (reads[i]) expect(reducer.state.toDict()).toEqual(dictOf(order.slice(0, i + 1)));
          });
          expect(reducer.state.toDict()).toEqual(dictOf(events));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('in-order streams with same-clock groups: incremental reads equal the function on each prefix', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const sorted = [...events].sort((a, b) => a.lamport_clock - b.lamport_clock);
        const reducer = new StatusReducer();
        sorted.forEach((event, i) => {
          reducer.apply(event);
          expect(reducer.state.toDict()).toEqual(dictOf(sorted.slice(0, i + 1)));
        });
      }),
      { numRuns: 100 },
    );
  });
});
