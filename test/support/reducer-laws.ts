/**
 * The laws every reducer obeys, as fast-check properties over logs of real events (the
 * golden logs of test/golden/6.1.0/): the result does not depend on the arrival order, extra
 * copies of events change nothing, and the incremental reducer class fed any arrival order,
 * with reads in between, equals the whole-log function.
 */
import fc from 'fast-check';
import type { Event } from '../../src/envelope/event';
import { outcome, type Outcome } from './golden-6';

export interface ReducerUnderTest<S extends { toDict(): unknown }> {
  readonly reduce: (events: readonly Event[]) => S;
  readonly makeReducer: () => { apply(event: Event): unknown; readonly state: S };
}

const text = (o: Outcome): string => JSON.stringify(o);

/** A shuffled copy of `events` (arbitrary), with optional extra copies of some events. */
function arrivals(events: readonly Event[], withCopies: boolean): fc.Arbitrary<Event[]> {
  const copies = withCopies && events.length > 0 ? fc.array(fc.nat(events.length - 1), { maxLength: 6 }) : fc.constant<number[]>([]);
  return fc.tuple(fc.shuffledSubarray([...events], { minLength: events.length, maxLength: events.length }), copies).map(([shuffled, extra]) => {
    const out = [...shuffled];
    for (const index of extra) out.splice(index % (out.length + 1), 0, events[index]!);
    return out;
  });
}

/** Runs the three laws on logs drawn from `logs` (`runs` cases each). */
export function checkReducerLaws<S extends { toDict(): unknown }>(logs: readonly (readonly Event[])[], subject: ReducerUnderTest<S>, runs = 60): void {
  const logArb = fc.constantFrom(...logs.filter((log) => log.length > 0));

  fc.assert(
    fc.property(logArb.chain((log) => fc.tuple(fc.constant(log), arrivals(log, false))), ([log, shuffled]) => {
      expect(text(outcome(() => subject.reduce(shuffled)))).toBe(text(outcome(() => subject.reduce(log))));
    }),
    { numRuns: runs },
  );

  fc.assert(
    fc.property(logArb.chain((log) => fc.tuple(fc.constant(log), arrivals(log, true))), ([log, withCopies]) => {
      expect(text(outcome(() => subject.reduce(withCopies)))).toBe(text(outcome(() => subject.reduce(log))));
    }),
    { numRuns: runs },
  );

  fc.assert(
    fc.property(
      logArb.chain((log) => fc.tuple(fc.constant(log), arrivals(log, true), fc.array(fc.boolean(), { minLength: log.length + 6, maxLength: log.length + 6 }))),
      ([log, order, reads]) => {
        const reducer = subject.makeReducer();
        order.forEach((event, index) => {
          reducer.apply(event);
          if (reads[index]) outcome(() => reducer.state);
        });
        expect(text(outcome(() => reducer.state))).toBe(text(outcome(() => subject.reduce(log))));
      },
    ),
    { numRuns: runs },
  );
}
