import {
  ClockStorage,
  ErrorStorage,
  EventStore,
  InMemoryClockStorage,
  InMemoryErrorStorage,
  InMemoryEventStore,
} from '../../../src/envelope/storage';
import type { ErrorEntry } from '../../../src/envelope/error-entry';
import { actions, ids, makeEntry, makeEvent, ulid } from './helpers';

type AnyCtor = new (...args: unknown[]) => unknown;

describe('abstract storage bases', () => {
  it.each([
    ['EventStore', EventStore],
    ['ClockStorage', ClockStorage],
    ['ErrorStorage', ErrorStorage],
  ])('%s cannot be instantiated directly (TypeError)', (name, base) => {
    expect(() => new (base as unknown as AnyCtor)()).toThrow(TypeError);
    expect(() => new (base as unknown as AnyCtor)()).toThrow(name);
  });

  it('the bases exist at run time and subclasses can be instantiated', () => {
    expect(typeof EventStore).toBe('function');
    expect(new InMemoryEventStore()).toBeInstanceOf(EventStore);
    expect(new InMemoryClockStorage()).toBeInstanceOf(ClockStorage);
    expect(new InMemoryErrorStorage()).toBeInstanceOf(ErrorStorage);
  });

  it('a user subclass implementing the abstract methods constructs fine', () => {
    class NullClock extends ClockStorage {
      load(): number {
        return 3;
      }
      save(): void {}
    }
    const s = new NullClock();
    expect(s).toBeInstanceOf(ClockStorage);
    expect(s.load()).toBe(3);
  });
});

describe('InMemoryEventStore', () => {
  it('saving the same event_id twice keeps one event, the later one', () => {
    const store = new InMemoryEventStore();
    const id = ulid(1);
    store.saveEvent(makeEvent({ event_id: id, event_type: 'OriginalEvent' }));
    const updated = makeEvent({ event_id: id, event_type: 'UpdatedEvent' });
    store.saveEvent(updated);
    const all = store.loadAllEvents();
    expect(all).toHaveLength(1);
    expect(all[0]).toBe(updated);
    expect(all[0].event_type).toBe('UpdatedEvent');
    expect(store.loadEvents('AGG-001')).toEqual([updated]);
  });

  it('sorts by (lamport_clock, node_id): (3,node1), (5,node1), (5,node2)', () => {
    const store = new InMemoryEventStore();
    const e52 = makeEvent({ lamport_clock: 5, node_id: 'node2' });
    const e31 = makeEvent({ lamport_clock: 3, node_id: 'node1' });
    const e51 = makeEvent({ lamport_clock: 5, node_id: 'node1' });
    store.saveEvent(e52);
    store.saveEvent(e31);
    store.saveEvent(e51);
    const loaded = store.loadEvents('AGG-001');
    expect(loaded).toHaveLength(3);
    expect(loaded[0]).toBe(e31);
    expect(loaded[1]).toBe(e51);
    expect(loaded[2]).toBe(e52);
    expect(loaded.map((e) => [e.lamport_clock, e.node_id])).toEqual([
      [3, 'node1'],
      [5, 'node1'],
      [5, 'node2'],
    ]);
  });

  it('sorts clocks numerically, not as strings (9 before 10)', () => {
    const store = new InMemoryEventStore();
    const e10 = makeEvent({ lamport_clock: 10 });
    const e9 = makeEvent({ lamport_clock: 9 });
    store.saveEvent(e10);
    store.saveEvent(e9);
    expect(store.loadAllEvents()).toEqual([e9, e10]);
  });

  it('sorts node_id by code point ("\\uffff" before "😀", "B" before "a")', () => {
    const store = new InMemoryEventStore();
    const emoji = makeEvent({ node_id: '😀' });
    const ffff = makeEvent({ node_id: '\uffff' });
    const lowerA = makeEvent({ node_id: 'a' });
    const upperB = makeEvent({ node_id: 'B' });
    for (const e of [emoji, ffff, lowerA, upperB]) store.saveEvent(e);
    expect(store.loadAllEvents()).toEqual([upperB, lowerA, ffff, emoji]);
  });

  it('save A(1,"n"), B(1,"n"), A′(same id as A) → [A′, B] (A keeps its first slot)', () => {
    const store = new InMemoryEventStore();
    const idA = ulid(10);
    const idB = ulid(11);
    const a = makeEvent({ event_id: idA, lamport_clock: 1, node_id: 'n' });
    const b = makeEvent({ event_id: idB, lamport_clock: 1, node_id: 'n' });
    const aPrime = makeEvent({ event_id: idA, lamport_clock: 1, node_id: 'n', event_type: 'Prime' });
    store.saveEvent(a);
    store.saveEvent(b);
    store.saveEvent(aPrime);
    const all = store.loadAllEvents();
    expect(all).toHaveLength(2);
    expect(all[0]).toBe(aPrime);
    expect(all[1]).toBe(b);
  });

  it('full ties keep the order in which each event_id was first saved', () => {
    const store = new InMemoryEventStore();
    const evs = [3, 1, 2].map((n) => makeEvent({ event_id: ulid(100 + n), lamport_clock: 7, node_id: 'x' }));
    for (const e of evs) store.saveEvent(e);
    expect(ids(store.loadAllEvents())).toEqual([ulid(103), ulid(101), ulid(102)]);
  });

  it('loadEvents filters by aggregate; loadAllEvents is not grouped by aggregate', () => {
    const store = new InMemoryEventStore();
    const a2 = makeEvent({ aggregate_id: 'A', lamport_clock: 2 });
    const b1 = makeEvent({ aggregate_id: 'B', lamport_clock: 1 });
    const a3 = makeEvent({ aggregate_id: 'A', lamport_clock: 3 });
    const b4 = makeEvent({ aggregate_id: 'B', lamport_clock: 4 });
    for (const e of [a3, b4, a2, b1]) store.saveEvent(e);
    expect(store.loadEvents('A')).toEqual([a2, a3]);
    expect(store.loadEvents('B')).toEqual([b1, b4]);
    expect(store.loadAllEvents()).toEqual([b1, a2, a3, b4]);
  });

  it('unknown aggregate → []; empty store → []', () => {
    const store = new InMemoryEventStore();
    expect(store.loadAllEvents()).toEqual([]);
    store.saveEvent(makeEvent({ aggregate_id: 'A' }));
    expect(store.loadEvents('nope')).toEqual([]);
    expect(store.loadEvents('constructor')).toEqual([]);
  });

  it('loads return new arrays of the stored objects', () => {
    const store = new InMemoryEventStore();
    const e = makeEvent();
    store.saveEvent(e);
    const first = store.loadAllEvents();
    first.pop();
    expect(store.loadAllEvents()).toEqual([e]);
    expect(store.loadAllEvents()[0]).toBe(e);
    expect(store.loadAllEvents()).not.toBe(store.loadAllEvents());
  });
});

describe('InMemoryClockStorage', () => {
  it('save/load 42', () => {
    const s = new InMemoryClockStorage();
    s.save('node1', 42);
    expect(s.load('node1')).toBe(42);
  });

  it('never-saved node → 0', () => {
    const s = new InMemoryClockStorage();
    expect(s.load('nobody')).toBe(0);
  });

  it('overwrite 10 → 20 (no history)', () => {
    const s = new InMemoryClockStorage();
    s.save('n', 10);
    s.save('n', 20);
    expect(s.load('n')).toBe(20);
  });

  it('save(-1) throws RangeError "Clock value must be ≥ 0, got -1"', () => {
    const s = new InMemoryClockStorage();
    expect(() => s.save('n', -1)).toThrow(RangeError);
    expect(() => s.save('n', -1)).toThrow('must be ≥ 0');
    let caught: unknown;
    try {
      s.save('n', -1);
    } catch (err) {
      caught = err;
    }
    expect((caught as Error).message).toBe('Clock value must be \u2265 0, got -1');
    expect(s.load('n')).toBe(0);
  });

  it('save(-0.5) message uses pyStr: "got -0.5"', () => {
    const s = new InMemoryClockStorage();
    expect(() => s.save('n', -0.5)).toThrow(new RangeError('Clock value must be ≥ 0, got -0.5'));
  });

  it('stores values as given: 2.5, 0, -0 are accepted', () => {
    const s = new InMemoryClockStorage();
    s.save('a', 2.5);
    expect(s.load('a')).toBe(2.5);
    s.save('b', 0);
    expect(s.load('b')).toBe(0);
    expect(() => s.save('c', -0)).not.toThrow();
    expect(s.load('c') === 0).toBe(true);
  });

  it('keys are independent per node, including prototype-like node ids', () => {
    const s = new InMemoryClockStorage();
    expect(s.load('constructor')).toBe(0);
    expect(s.load('__proto__')).toBe(0);
    expect(s.load('toString')).toBe(0);
    s.save('__proto__', 5);
    s.save('constructor', 7);
    expect(s.load('__proto__')).toBe(5);
    expect(s.load('constructor')).toBe(7);
    expect(s.load('hasOwnProperty')).toBe(0);
    s.save('x', 1);
    s.save('y', 2);
    expect([s.load('x'), s.load('y')]).toEqual([1, 2]);
  });
});

describe('InMemoryErrorStorage', () => {
  function fill(storage: ErrorStorage, n: number): void {
    for (let i = 0; i < n; i++) storage.append(makeEntry(`Action ${i}`));
  }

  it('returns entries newest first', () => {
    const s = new InMemoryErrorStorage();
    fill(s, 3);
    expect(actions(s.loadRecent())).toEqual(['Action 2', 'Action 1', 'Action 0']);
  });

  it('maxEntries 3 after 5 appends keeps Action 4, 3, 2', () => {
    const s = new InMemoryErrorStorage(3);
    fill(s, 5);
    expect(actions(s.loadRecent(10))).toEqual(['Action 4', 'Action 3', 'Action 2']);
  });

  it('limit 3 of 10 starts at Action 9', () => {
    const s = new InMemoryErrorStorage();
    fill(s, 10);
    const recent = s.loadRecent(3);
    expect(actions(recent)).toEqual(['Action 9', 'Action 8', 'Action 7']);
  });

  it('default limit is 10', () => {
    const s = new InMemoryErrorStorage();
    fill(s, 12);
    const recent = s.loadRecent();
    expect(recent).toHaveLength(10);
    expect(recent[0].action_attempted).toBe('Action 11');
    expect(recent[9].action_attempted).toBe('Action 2');
  });

  it.each([
    [0, 'Limit must be ≥ 1, got 0'],
    [-3, 'Limit must be ≥ 1, got -3'],
  ])('limit %p throws RangeError %p', (limit, message) => {
    const s = new InMemoryErrorStorage();
    fill(s, 2);
    expect(() => s.loadRecent(limit)).toThrow(RangeError);
    expect(() => s.loadRecent(limit)).toThrow('must be ≥ 1');
    expect(() => s.loadRecent(limit)).toThrow(new RangeError(message));
  });

  it('limit check happens even on an empty store', () => {
    expect(() => new InMemoryErrorStorage().loadRecent(0)).toThrow(new RangeError('Limit must be ≥ 1, got 0'));
  });

  it('maxEntries 5 of 10 → Action 9..5', () => {
    const s = new InMemoryErrorStorage(5);
    fill(s, 10);
    expect(actions(s.loadRecent(10))).toEqual(['Action 9', 'Action 8', 'Action 7', 'Action 6', 'Action 5']);
  });

  it('exactly at the limit keeps all', () => {
    const s = new InMemoryErrorStorage(3);
    fill(s, 3);
    expect(actions(s.loadRecent(10))).toEqual(['Action 2', 'Action 1', 'Action 0']);
  });

  it('4 into 3 evicts Action 0', () => {
    const s = new InMemoryErrorStorage(3);
    fill(s, 4);
    const got = actions(s.loadRecent(10));
    expect(got).toEqual(['Action 3', 'Action 2', 'Action 1']);
    expect(got).not.toContain('Action 0');
  });

  it('5 into 2 keeps Action 4, 3', () => {
    const s = new InMemoryErrorStorage(2);
    fill(s, 5);
    expect(actions(s.loadRecent(10))).toEqual(['Action 4', 'Action 3']);
  });

  it('default 100 of 150 with limit 200 → 100 entries, Action 149 … Action 50', () => {
    const s = new InMemoryErrorStorage();
    fill(s, 150);
    const recent = s.loadRecent(200);
    expect(recent).toHaveLength(100);
    expect(recent[0].action_attempted).toBe('Action 149');
    expect(recent[99].action_attempted).toBe('Action 50');
    expect(actions(recent)).toEqual(Array.from({ length: 100 }, (_, i) => `Action ${149 - i}`));
  });

  it.each([0, -1])('maxEntries %p evicts every append at once (store stays empty)', (max) => {
    const s = new InMemoryErrorStorage(max);
    fill(s, 3);
    expect(s.loadRecent(10)).toEqual([]);
  });

  it('newest means most recently appended; timestamps are never consulted', () => {
    const s = new InMemoryErrorStorage();
    const future = makeEntry('future', '2030-01-01T00:00:00Z');
    const past = makeEntry('past', '2020-01-01T00:00:00Z');
    s.append(future);
    s.append(past);
    const recent = s.loadRecent();
    expect(recent[0]).toBe(past);
    expect(recent[1]).toBe(future);
  });

  it('the same entry object appended twice appears twice', () => {
    const s = new InMemoryErrorStorage();
    const e = makeEntry('twice');
    s.append(e);
    s.append(e);
    const recent: ErrorEntry[] = s.loadRecent();
    expect(recent).toHaveLength(2);
    expect(recent[0]).toBe(e);
    expect(recent[1]).toBe(e);
  });

  it('fewer entries than limit → all of them; empty → []', () => {
    const s = new InMemoryErrorStorage();
    expect(s.loadRecent(5)).toEqual([]);
    fill(s, 2);
    expect(actions(s.loadRecent(5))).toEqual(['Action 1', 'Action 0']);
  });

  it('loadRecent returns a new array each time', () => {
    const s = new InMemoryErrorStorage();
    fill(s, 2);
    const r = s.loadRecent();
    r.length = 0;
    expect(s.loadRecent()).toHaveLength(2);
  });
});

// Type-level check: the adapters satisfy the abstract interfaces.
const _typecheck: [EventStore, ClockStorage, ErrorStorage] = [
  new InMemoryEventStore(),
  new InMemoryClockStorage(),
  new InMemoryErrorStorage(5),
];
void _typecheck;
