/**
 * The shipped scenario `lifecycle_phases_rollback_concurrent_close` (scenarios/FORMAT.md).
 *
 * Hand derivation from LIFECYCLE.md (ids #NN = 01HV…NN, times 09:00:SS):
 *   input: #09 #05 #12 #01 #11 #07 #03 #04 #08 #02 #05(again) #10 #06
 *   U (clock, isoText, id): #01(1) #02(2,:02) #03(2,:03) #04(3) #05(4,:05) #06(4,:06)
 *     #07(6,:07) #09(6,:08) #08(6,:09) #10(7,:10) #11(7,:11) #12(8)  → event_count 12, last #12
 *   M groups: 1:[#01 start M-7 specify] 2:[#02 implement] 3:[#04 rollback→specify]
 *     4:[#05 implement] 6: non-cancels by id #08 (phase review), #09 (completed), then the
 *     cancel #07 → "Event after terminal state (MissionStatus.COMPLETED)"
 *     8:[#12] → "Event after terminal state (MissionStatus.COMPLETED)"
 *   #06 GatePassed: counted only.  W = #03 #10 #11 → reduceStatusEvents:
 *     WP01 null→planned (#03), planned→claimed (#10, 09:00:10Z);
 *     WP02 claimed→in_progress (#11): "from_lane mismatch: expected None, got Lane.CLAIMED"
 *     → relabelled "WP WP02: …", listed after the mission anomalies.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LifecycleReducer, reduceLifecycleEvents } from '../../../src/v2/lifecycle';
import { Event } from '../../../src/v2/envelope/event';

const DIR = path.join(__dirname, '../../../src/v2/conformance/fixtures/scenarios/lifecycle_phases_rollback_concurrent_close');

function load(): { events: Event[]; expected: { reducer: string; options: object; expected: Record<string, unknown> } } {
  const lines = fs.readFileSync(path.join(DIR, 'events.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  return {
    events: lines.map((line) => Event.fromDict(JSON.parse(line))),
    expected: JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')),
  };
}

describe('scenario lifecycle_phases_rollback_concurrent_close', () => {
  it('is well-formed: valid Events with 26-character ids, a lifecycle expectation', () => {
    const { events, expected } = load();
    expect(events).toHaveLength(13);
    for (const e of events) {
      expect(e.event_id).toHaveLength(26);
      expect(e.correlation_id).toHaveLength(26);
    }
    expect(expected.reducer).toBe('lifecycle');
    expect(expected.options).toEqual({});
    expect(Object.keys(expected)).toEqual(['reducer', 'options', 'expected']);
  });

  it('reduces to the expected state', () => {
    const { events, expected } = load();
    expect(JSON.parse(JSON.stringify(reduceLifecycleEvents(events).toDict()))).toEqual(expected.expected);
  });

  it('the incremental reducer, in file order and reversed, reaches the same state', () => {
    const { events, expected } = load();
    for (const order of [events, events.slice().reverse()]) {
      const reducer = new LifecycleReducer();
      for (const e of order) {
        reducer.apply(e);
        void reducer.state;
      }
      expect(JSON.parse(JSON.stringify(reducer.state.toDict()))).toEqual(expected.expected);
    }
  });
});
