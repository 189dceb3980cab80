/**
 * The shared pipeline's bulk path: `SortedUniqueLog.addAll` / `EventLogReducer.applyAll` must
 * give exactly what adding / applying the events one by one gives (smallest key per id, the
 * earliest-added copy on equal keys), whatever was in the log before.
 */
import fc from 'fast-check';
import type { Event } from '../../../src/v2/envelope/event';
import { EventLogReducer, SortedUniqueLog, sortedUniqueEvents } from '../../../src/v2/status';
import { id, statusEvent } from './helpers';

/** Events with few ids, clocks and times, so same-id copies with equal or different keys abound. */
const eventArb: fc.Arbitrary<Event> = fc
  .record({
    n: fc.integer({ min: 0, max: 5 }),
    lamport: fc.integer({ min: 0, max: 3 }),
    time: fc.constantFrom('00:00:00', '00:00:01', '2026-01-01T00:00:00'),
    tag: fc.integer({ min: 0, max: 9 }),
    type: fc.constantFrom('Keep', 'Keep', 'Drop'),
  })
  .map(({ n, lamport, time, tag, type }) => statusEvent({ id: id(`N${n}`), lamport, time, type, payload: { tag } }));

const eventsArb = fc.array(eventArb, { maxLength: 25 });

/** Records U as seen by the fold: the ids and the exact objects. */
class Recorder extends EventLogReducer<readonly Event[]> {
  stepped: Event[] = [];
  protected keeps(event: Event): boolean {
    return event.event_type === 'Keep';
  }
  protected reset(): void {
    this.stepped = [];
  }
  protected step(event: Event): void {
    this.stepped.push(event);
  }
  protected finish(log: readonly Event[]): readonly Event[] {
    expect(this.stepped).toEqual(log);
    return [...log];
  }
}

describe('SortedUniqueLog.addAll', () => {
  it('equals adding one by one, from any starting log', () => {
    fc.assert(
      fc.property(eventsArb, eventsArb, (before, batch) => {
        const one = new SortedUniqueLog();
        const bulk = new SortedUniqueLog();
        for (const event of before) {
          one.add(event);
          bulk.add(event);
        }
        const snapshot = [...bulk.items];
        for (const event of batch) one.add(event);
        const outcome = bulk.addAll(batch);
        expect(bulk.items).toEqual(one.items);
        bulk.items.forEach((event, i) => expect(event).toBe(one.items[i]));
        if (outcome === 'ignored') bulk.items.forEach((event, i) => expect(event).toBe(snapshot[i]));
        if (outcome === 'appended') snapshot.forEach((event, i) => expect(bulk.items[i]).toBe(event));
      }),
      { numRuns: 300 },
    );
  });

  it('on an empty log equals sortedUniqueEvents', () => {
    fc.assert(
      fc.property(eventsArb, (batch) => {
        const log = new SortedUniqueLog();
        log.addAll(batch);
        const expected = sortedUniqueEvents(batch);
        log.items.forEach((event, i) => expect(event).toBe(expected[i]));
        expect(log.size).toBe(expected.length);
      }),
    );
  });

  it('keeps later single adds working (ids known after a bulk load)', () => {
    const log = new SortedUniqueLog();
    const a = statusEvent({ id: id('A'), lamport: 2, payload: {} });
    const aEarlier = statusEvent({ id: id('A'), lamport: 1, payload: {} });
    expect(log.addAll([a])).toBe('appended');
    expect(log.add(a)).toBe('ignored');
    expect(log.add(aEarlier)).toBe('replaced');
    expect(log.items).toEqual([aEarlier]);
    expect(log.addAll([a, aEarlier])).toBe('ignored');
    expect(log.addAll([])).toBe('ignored');
  });
});

describe('EventLogReducer.applyAll', () => {
  it('equals apply on each event, with state reads anywhere', () => {
    fc.assert(
      fc.property(eventsArb, eventsArb, fc.boolean(), (first, second, readBetween) => {
        const single = new Recorder();
        const bulk = new Recorder();
        for (const event of first) single.apply(event);
        bulk.applyAll(first);
        if (readBetween) expect(bulk.state).toEqual(single.state);
        for (const event of second) single.apply(event);
        bulk.applyAll(second);
        expect(bulk.state).toEqual(single.state);
        expect(bulk.size).toBe(single.size);
      }),
      { numRuns: 300 },
    );
  });
});

describe('SortedUniqueLog.add (late events buffered, merged on read)', () => {
  it('equals sortedUniqueEvents of everything added so far, with reads anywhere (property)', () => {
    const stepArb = fc.array(fc.record({ event: eventArb, read: fc.boolean() }), { maxLength: 40 });
    fc.assert(
      fc.property(stepArb, (steps) => {
        const log = new SortedUniqueLog();
        const added: Event[] = [];
        for (const { event, read } of steps) {
          log.add(event);
          added.push(event);
          if (!read) continue;
          const expected = sortedUniqueEvents(added);
          expect(log.size).toBe(expected.length);
          expect(log.items.length).toBe(expected.length);
          log.items.forEach((e, i) => expect(e).toBe(expected[i]));
        }
        const expected = sortedUniqueEvents(added);
        log.items.forEach((e, i) => expect(e).toBe(expected[i]));
        expect(log.items.length).toBe(expected.length);
      }),
      { numRuns: 500 },
    );
  });

  it('reports the outcome of each add whether or not late events are still buffered', () => {
    const log = new SortedUniqueLog();
    const at = (n: string, lamport: number): Event => statusEvent({ id: id(n), lamport, payload: {} });
    const b3 = at('B', 3);
    expect(log.add(b3)).toBe('appended');
    expect(log.add(at('A', 1))).toBe('inserted');
    expect(log.add(at('C', 5))).toBe('inserted'); // after a late one: buffered until the next read
    expect(log.add(at('B', 2))).toBe('replaced');
    expect(log.add(b3)).toBe('ignored');
    expect(log.size).toBe(3);
    expect(log.items.map((e) => e.lamport_clock)).toEqual([1, 2, 5]);
    expect(log.add(at('D', 6))).toBe('appended');
  });
});
