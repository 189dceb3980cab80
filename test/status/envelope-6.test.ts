/**
 * The 6.1.0 status reducer reads 6.1.0 envelopes (`src/envelope/event.ts`, with `build_id`)
 * exactly as it reads the pipeline's 2.1.0-shaped ones: the reference logs, rebuilt as 6.1.0
 * `Event`s, reduce to the reference results.
 */
import { Event } from '../../src/envelope/event';
import { StatusReducer, reduceStatusEvents } from '../../src/status';
import { asJson, golden } from './helpers';

interface ReducerCase {
  readonly events: readonly Record<string, unknown>[];
  readonly expected: Record<string, unknown>;
}

const cases = golden<ReducerCase[]>('status-reducer.json').slice(0, 200);

describe('reduceStatusEvents on 6.1.0 envelopes', () => {
  it('gives the reference result for the golden logs', () => {
    const mismatches: unknown[] = [];
    cases.forEach((c, index) => {
      const events = c.events.map((e) => Event.fromDict({ ...e, build_id: 'golden-build' }));
      const whole = asJson(reduceStatusEvents(events).toDict());
      const incremental = asJson(new StatusReducer().applyAll([...events].reverse()).state.toDict());
      if (JSON.stringify(whole) !== JSON.stringify(c.expected) || JSON.stringify(incremental) !== JSON.stringify(c.expected)) {
        mismatches.push({ index, want: c.expected, got: whole });
      }
    });
    expect(cases.length).toBe(200);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});
