/**
 * Property tests (fast-check) for the 6.1.0 status reducer: permutation invariance for inputs
 * with distinct keys, duplicate insensitivity, and the incremental `StatusReducer` agreeing
 * with the whole-log function under random apply orders and interleaved reads. The inputs mix
 * the 6.1 paths (review lanes, review-rejection rewinds, bootstrap-planned seeds, forced
 * backfills with mismatching `from_lane`) with random and unparseable payloads.
 */
import fc from 'fast-check';
import { Lane, StatusReducer, reduceStatusEvents } from '../../src/status';
import type { StatusEvent } from '../../src/status/status-reducer';
import { EVIDENCE, numId, statusEvent, transition } from './helpers';

const LANES = Object.values(Lane) as string[];
const WP_IDS = ['WP01', 'WP02', 'WP03', '7', '__proto__'];
const TIMES = ['2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z', '2026-01-01T00:00:01.5Z', '2026-01-01T00:00:01+01:00'];

const payloadArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .record({
        wp_id: fc.constantFrom(...WP_IDS),
        from_lane: fc.option(fc.constantFrom(...LANES, 'doing'), { nil: null }),
        to_lane: fc.constantFrom(...LANES, 'doing'),
        force: fc.boolean(),
        reason: fc.option(fc.constantFrom('why', ' '), { nil: null }),
        review_ref: fc.option(fc.constantFrom('PR#1', ''), { nil: null }),
        evidence: fc.option(fc.constant(EVIDENCE), { nil: null, freq: 3 }),
        actor: fc.constantFrom<unknown>('agent', { profile: 'p' }, {}, ' '),
      })
      .map((p) => ({ mission_slug: 'm-1', execution_mode: 'worktree', ...p })),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { wp_id: fc.oneof(fc.constantFrom(...WP_IDS), fc.constant(''), fc.integer()), to_lane: fc.constantFrom(...LANES, 'bogus'), feature_slug: fc.constant('old') },
      { requiredKeys: [] },
    ),
  },
);

/** A 6.1 life with a review-rejection rewind, a bootstrap re-seed and a forced backfill. */
const PATH: readonly [string | null, string, Record<string, unknown>][] = [
  [null, 'planned', { force: true, reason: 'seed' }],
  ['planned', 'claimed', {}],
  ['claimed', 'in_progress', {}],
  ['in_progress', 'for_review', {}],
  ['for_review', 'in_review', {}],
  ['in_review', 'approved', { evidence: EVIDENCE }],
  ['approved', 'planned', { force: true, reason: 'backward rewind: approved -> planned' }],
  ['planned', 'planned', { force: true, reason: 'seed again' }],
  ['in_review', 'in_progress', { review_ref: 'PR#2' }],
  ['for_review', 'done', { force: true, reason: 'backfill', evidence: EVIDENCE }],
];

interface Spec {
  readonly lamport: number;
  readonly time: string;
  readonly type: string;
  readonly payload: Record<string, unknown>;
}

const randomSpecArb: fc.Arbitrary<Spec> = fc.record({
  lamport: fc.integer({ min: 0, max: 8 }),
  time: fc.constantFrom(...TIMES),
  type: fc.constantFrom('WPStatusChanged', 'WPStatusChanged', 'WPStatusChanged', 'GatePassed'),
  payload: payloadArb,
});

const pathSpecArb: fc.Arbitrary<Spec> = fc
  .record({ step: fc.integer({ min: 0, max: PATH.length - 1 }), jitter: fc.integer({ min: 0, max: 1 }), wp: fc.constantFrom('WP01', 'WP02'), time: fc.constantFrom(...TIMES) })
  .map(({ step, jitter, wp, time }) => {
    const [from, to, extra] = PATH[step]!;
    return { lamport: step + jitter, time, type: 'WPStatusChanged', payload: transition(wp, from, to, extra) };
  });

const eventsArb: fc.Arbitrary<StatusEvent[]> = fc
  .array(fc.oneof({ weight: 1, arbitrary: randomSpecArb }, { weight: 2, arbitrary: pathSpecArb }), { maxLength: 24 })
  .map((specs) =>
    specs.map((s, i) => statusEvent({ event_id: numId(i), lamport_clock: s.lamport, timestamp: s.time, event_type: s.type, payload: s.payload })),
  );

function permuted<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc
    .array(fc.nat(), { minLength: items.length, maxLength: items.length })
    .map((weights) => items.map((item, i) => [weights[i]!, i, item] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]));
}

const dictOf = (events: readonly StatusEvent[]): unknown => reduceStatusEvents(events).toDict();

describe('reduceStatusEvents 6.1.0 properties', () => {
  it('any permutation of an input with distinct keys gives an identical toDict()', () => {
    fc.assert(
      fc.property(eventsArb.chain((events) => fc.tuple(fc.constant(events), permuted(events))), ([events, shuffled]) => {
        expect(dictOf(shuffled)).toEqual(dictOf(events));
      }),
      { numRuns: 200 },
    );
  });

  it('duplicating any events changes nothing', () => {
    fc.assert(
      fc.property(eventsArb.chain((events) => fc.tuple(fc.constant(events), fc.array(fc.nat(), { maxLength: 12 }), fc.nat())), ([events, picks, seed]) => {
        const withDuplicates = [...events];
        if (events.length > 0) picks.forEach((p, i) => withDuplicates.splice((seed + i * 7) % (withDuplicates.length + 1), 0, events[p % events.length]!));
        expect(dictOf(withDuplicates)).toEqual(dictOf(events));
      }),
      { numRuns: 150 },
    );
  });

  it('StatusReducer fed in random order, reading state in between, equals the whole-log function', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) => fc.tuple(fc.constant(events), permuted(events), fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }))),
        ([events, order, reads]) => {
          const reducer = new StatusReducer();
          order.forEach((event, i) => {
            reducer.apply(event);
            if (reads[i]) expect(reducer.state.toDict()).toEqual(dictOf(order.slice(0, i + 1)));
          });
          expect(reducer.state.toDict()).toEqual(dictOf(events));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('in-order streams: incremental reads equal the function on each prefix', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const sorted = [...events].sort((a, b) => a.lamport_clock - b.lamport_clock);
        const reducer = new StatusReducer();
        sorted.forEach((event, i) => {
          reducer.apply(event);
          expect(reducer.state.toDict()).toEqual(dictOf(sorted.slice(0, i + 1)));
        });
      }),
      { numRuns: 80 },
    );
  });
});
