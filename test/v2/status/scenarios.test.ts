/**
 * The status scenarios shipped for `spec-kitty-events/conformance`
 * (`src/conformance/fixtures/scenarios/status_*`): each `events.jsonl` reduced with
 * `reduceStatusEvents` must give the hand-derived `expected.json`.
 *
 * `status_review_rollback_forced_done_exit`, derived by hand from §11:
 * - WP01 walks planned → claimed → in_progress → for_review (E004 appears twice: counted once).
 * - Clock 5 is a concurrent group of WP01: E005 (rollback for_review → in_progress with
 *   review_ref, earlier timestamp) and E006 (for_review → done with evidence); WP02's F002 sorts
 *   between them. Rollbacks go last: E006 applies (done), then E005 against the same snapshot
 *   (for_review) and wins: in_progress, evidence null.
 * - F003 (WP02 claimed → done) is outside the matrix; the GatePassed event is filtered out.
 * - E008 brings WP01 to done; E009 leaves done unforced (terminal + matrix messages); E010
 *   leaves it with force and a reason (valid, evidence cleared); E011 → for_review.
 * - F004 lacks execution_mode: a parse anomaly, listed first though it sorts last, and the last
 *   processed event. 15 unique status events.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Event } from '../../../src/v2/envelope/event';
import { StatusReducer, reduceStatusEvents } from '../../../src/v2/status';

const ROOT = join(__dirname, '../../../src/v2/conformance/fixtures/scenarios');
const SCENARIOS = readdirSync(ROOT).filter((name) => name.startsWith('status_'));

function load(name: string): { events: Event[]; expected: { reducer: string; options: object; expected: unknown } } {
  const lines = readFileSync(join(ROOT, name, 'events.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const events = lines.map((line) => Event.fromDict(JSON.parse(line)));
  return { events, expected: JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) };
}

describe('status scenarios', () => {
  it('ships status_review_rollback_forced_done_exit', () => {
    expect(SCENARIOS).toContain('status_review_rollback_forced_done_exit');
  });

  it.each(SCENARIOS)('%s reduces to expected.json', (name) => {
    const { events, expected } = load(name);
    expect(expected.reducer).toBe('status');
    expect(expected.options).toEqual({});
    expect(reduceStatusEvents(events).toDict()).toEqual(expected.expected);
    expect(reduceStatusEvents([...events].reverse()).toDict()).toEqual(expected.expected);
    const reducer = new StatusReducer();
    for (const event of events) reducer.apply(event);
    expect(reducer.state.toDict()).toEqual(expected.expected);
  });

  it('status_review_rollback_forced_done_exit has a rollback, a forced exit from done and anomalies', () => {
    const { events, expected } = load('status_review_rollback_forced_done_exit');
    const payloads = events.map((e) => e.payload);
    expect(payloads.some((p) => p['from_lane'] === 'for_review' && p['to_lane'] === 'in_progress' && typeof p['review_ref'] === 'string')).toBe(true);
    expect(payloads.some((p) => p['from_lane'] === 'done' && p['force'] === true)).toBe(true);
    expect((expected.expected as { anomalies: unknown[] }).anomalies.length).toBeGreaterThan(0);
  });
});
