import fc from 'fast-check';
import { LamportClock } from '../../../src/envelope/lamport-clock';
import {
  ClockStorage,
  ErrorStorage,
  EventStore,
  InMemoryClockStorage,
  InMemoryEventStore,
} from '../../../src/envelope/storage';
import { StorageError, SpecKittyEventsError } from '../../../src/envelope/errors';
import type { Event } from '../../../src/v2/envelope/event';
import type { ErrorEntry } from '../../../src/envelope/error-entry';
import { compareTotalOrderKeys, totalOrderKey } from '../../../src/envelope/ordering';
import { makeEvent, makeEntry, nodeIdArb, ulid } from './helpers';

/** A user-written dict-backed clock adapter (null-prototype record, like a Python dict). */
class DictClockStorage extends ClockStorage {
  readonly data: Record<string, number> = Object.create(null) as Record<string, number>;
  saves = 0;
  loads = 0;
  load(nodeId: string): number {
    this.loads++;
    return Object.hasOwn(this.data, nodeId) ? this.data[nodeId] : 0;
  }
  save(nodeId: string, clockValue: number): void {
    this.saves++;
    Object.defineProperty(this.data, nodeId, {
      value: clockValue,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}

/** A user-written dict-backed event store. */
class DictEventStore extends EventStore {
  private readonly data = new Map<string, Event>();
  saveEvent(event: Event): void {
    this.data.set(event.event_id, event);
  }
  loadEvents(aggregateId: string): Event[] {
    return this.loadAllEvents().filter((e) => e.aggregate_id === aggregateId);
  }
  loadAllEvents(): Event[] {
    return [...this.data.values()].sort((a, b) => compareTotalOrderKeys(totalOrderKey(a), totalOrderKey(b)));
  }
}

/** A user-written list-backed error store. */
class ListErrorStorage extends ErrorStorage {
  readonly items: ErrorEntry[] = [];
  append(entry: ErrorEntry): void {
    this.items.push(entry);
  }
  loadRecent(limit = 10): ErrorEntry[] {
    return this.items.slice(-limit).reverse();
  }
}

describe('LamportClock vectors (ENVELOPE.md §4)', () => {
  it('exposes nodeId', () => {
    const clock = new LamportClock('node-α', new InMemoryClockStorage());
    expect(clock.nodeId).toBe('node-α');
  });

  it('new clock: current() = 0', () => {
    expect(new LamportClock('n', new InMemoryClockStorage()).current()).toBe(0);
  });

  it('ticks 1, 2, 3', () => {
    const clock = new LamportClock('n', new InMemoryClockStorage());
    expect([clock.tick(), clock.tick(), clock.tick()]).toEqual([1, 2, 3]);
    expect(clock.current()).toBe(3);
  });

  it('tick + update(5) → 6', () => {
    const clock = new LamportClock('n', new InMemoryClockStorage());
    clock.tick();
    expect(clock.update(5)).toBeUndefined();
    expect(clock.current()).toBe(6);
  });

  it('three ticks + update(1) → 4', () => {
    const clock = new LamportClock('n', new InMemoryClockStorage());
    clock.tick();
    clock.tick();
    clock.tick();
    clock.update(1);
    expect(clock.current()).toBe(4);
  });

  it('tick + update(1) → 2', () => {
    const clock = new LamportClock('n', new InMemoryClockStorage());
    clock.tick();
    clock.update(1);
    expect(clock.current()).toBe(2);
  });

  it('fresh + update(10) → 11', () => {
    const clock = new LamportClock('n', new InMemoryClockStorage());
    clock.update(10);
    expect(clock.current()).toBe(11);
  });

  it('fresh + update(5) leaves storage.load = 6', () => {
    const storage = new InMemoryClockStorage();
    const clock = new LamportClock('n', storage);
    clock.update(5);
    expect(storage.load('n')).toBe(6);
  });

  it('storage pre-set to 7 → current() 7, tick() 8', () => {
    const storage = new InMemoryClockStorage();
    storage.save('n', 7);
    const clock = new LamportClock('n', storage);
    expect(clock.current()).toBe(7);
    expect(clock.tick()).toBe(8);
    expect(storage.load('n')).toBe(8);
  });

  it('5 ticks then a new instance on the same storage → 5, its tick → 6', () => {
    const storage = new InMemoryClockStorage();
    const first = new LamportClock('n', storage);
    for (let i = 0; i < 5; i++) first.tick();
    const second = new LamportClock('n', storage);
    expect(second.current()).toBe(5);
    expect(second.tick()).toBe(6);
    expect(storage.load('n')).toBe(6);
  });

  it('update(100) on a fresh clock persists 101', () => {
    const storage = new InMemoryClockStorage();
    new LamportClock('n', storage).update(100);
    expect(storage.load('n')).toBe(101);
  });

  it('negative remote is not validated: counter + 1', () => {
    const clock = new LamportClock('n', new InMemoryClockStorage());
    clock.tick();
    clock.tick();
    clock.update(-5);
    expect(clock.current()).toBe(3);
  });

  it('current() does not increment and does not touch storage', () => {
    const storage = new DictClockStorage();
    const clock = new LamportClock('n', storage);
    expect(storage.loads).toBe(1);
    clock.current();
    clock.current();
    expect(clock.current()).toBe(0);
    expect(storage.loads).toBe(1);
    expect(storage.saves).toBe(0);
  });

  it('loads from storage exactly once (in the constructor); every tick/update saves', () => {
    const storage = new DictClockStorage();
    const clock = new LamportClock('n', storage);
    clock.tick();
    clock.update(3);
    clock.tick();
    expect(storage.loads).toBe(1);
    expect(storage.saves).toBe(3);
    expect(storage.data.n).toBe(5);
  });

  it('nodes sharing one storage are independent', () => {
    const storage = new InMemoryClockStorage();
    const a = new LamportClock('alice', storage);
    const b = new LamportClock('bob', storage);
    a.tick();
    a.tick();
    b.tick();
    expect(a.current()).toBe(2);
    expect(b.current()).toBe(1);
    expect(storage.load('alice')).toBe(2);
    expect(storage.load('bob')).toBe(1);
  });

  it('two instances for the same node do not see each other; last save wins', () => {
    const storage = new InMemoryClockStorage();
    const b = new LamportClock('n', storage);
    const a = new LamportClock('n', storage);
    a.tick();
    a.tick();
    expect(storage.load('n')).toBe(2);
    expect(b.current()).toBe(0);
    expect(b.tick()).toBe(1);
    expect(storage.load('n')).toBe(1);
    expect(a.current()).toBe(2);
  });

  it('a failing save propagates and the counter stays advanced', () => {
    class FailingStorage extends ClockStorage {
      load(): number {
        return 4;
      }
      save(): void {
        throw new StorageError('disk full');
      }
    }
    const clock = new LamportClock('n', new FailingStorage());
    expect(() => clock.tick()).toThrow(StorageError);
    expect(clock.current()).toBe(5);
    let caught: unknown;
    try {
      clock.update(10);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SpecKittyEventsError);
    expect((caught as Error).message).toBe('disk full');
    expect(clock.current()).toBe(11);
  });

  it('accepts prototype-like node ids with the in-memory storage', () => {
    const storage = new InMemoryClockStorage();
    const clock = new LamportClock('__proto__', storage);
    expect(clock.current()).toBe(0);
    expect(clock.tick()).toBe(1);
    expect(new LamportClock('__proto__', storage).current()).toBe(1);
    expect(new LamportClock('constructor', storage).current()).toBe(0);
  });
});

describe('user-written dict-backed adapters', () => {
  it('work with LamportClock', () => {
    const storage = new DictClockStorage();
    const clock = new LamportClock('node-1', storage);
    expect(clock.tick()).toBe(1);
    clock.update(10);
    expect(clock.current()).toBe(11);
    expect(storage.load('node-1')).toBe(11);
    expect(new LamportClock('node-1', storage).current()).toBe(11);
  });

  it('are interchangeable with the in-memory ones (same observable results)', () => {
    const run = (storage: ClockStorage): number[] => {
      const out: number[] = [];
      const a = new LamportClock('a', storage);
      const b = new LamportClock('b', storage);
      out.push(a.tick(), a.tick());
      b.update(a.current());
      out.push(b.current(), b.tick());
      a.update(b.current());
      out.push(a.current(), storage.load('a'), storage.load('b'), storage.load('c'));
      out.push(new LamportClock('a', storage).current());
      return out;
    };
    const inMemory = run(new InMemoryClockStorage());
    const dict = run(new DictClockStorage());
    expect(inMemory).toEqual([1, 2, 3, 4, 5, 5, 4, 0, 5]);
    expect(dict).toEqual(inMemory);
  });

  it('user event and error adapters are interchangeable with the in-memory ones', () => {
    const e1 = makeEvent({ lamport_clock: 2, node_id: 'b' });
    const e2 = makeEvent({ lamport_clock: 1, node_id: 'z' });
    const e3 = makeEvent({ lamport_clock: 2, node_id: 'a', aggregate_id: 'OTHER' });
    const stores: EventStore[] = [new InMemoryEventStore(), new DictEventStore()];
    for (const store of stores) for (const e of [e1, e2, e3, e1]) store.saveEvent(e);
    expect(stores[0].loadAllEvents()).toEqual([e2, e3, e1]);
    expect(stores[1].loadAllEvents()).toEqual(stores[0].loadAllEvents());
    expect(stores[1].loadEvents('AGG-001')).toEqual(stores[0].loadEvents('AGG-001'));

    const list = new ListErrorStorage();
    const x = makeEntry('x');
    const y = makeEntry('y');
    list.append(x);
    list.append(y);
    expect(list.loadRecent()).toEqual([y, x]);
  });
});

describe('two-node scenario (ENVELOPE.md §10)', () => {
  it('alice ticks twice, bob catches up, store orders causally', () => {
    const storage = new InMemoryClockStorage();
    const store = new InMemoryEventStore();
    const alice = new LamportClock('alice', storage);
    const bob = new LamportClock('bob', storage);

    const c1 = alice.tick();
    const e1 = makeEvent({ event_id: ulid(1), node_id: 'alice', lamport_clock: c1 });
    const c2 = alice.tick();
    const e2 = makeEvent({ event_id: ulid(2), node_id: 'alice', lamport_clock: c2, causation_id: e1.event_id });
    expect([c1, c2]).toEqual([1, 2]);

    bob.update(e1.lamport_clock);
    expect(bob.current()).toBe(2);
    bob.update(e2.lamport_clock);
    expect(bob.current()).toBe(3);
    const c3 = bob.tick();
    expect(c3).toBe(4);
    const e3 = makeEvent({ event_id: ulid(3), node_id: 'bob', lamport_clock: c3, causation_id: e2.event_id });

    store.saveEvent(e3);
    store.saveEvent(e1);
    store.saveEvent(e2);
    store.saveEvent(e2);
    const all = store.loadAllEvents();
    expect(all).toHaveLength(3);
    expect(all[0]).toBe(e1);
    expect(all[1]).toBe(e2);
    expect(all[2]).toBe(e3);
    expect(storage.load('alice')).toBe(2);
    expect(storage.load('bob')).toBe(4);
  });

  it('quickstart: tick to 1, update(10) → 11', () => {
    const clock = new LamportClock('quickstart', new InMemoryClockStorage());
    expect(clock.tick()).toBe(1);
    clock.update(10);
    expect(clock.current()).toBe(11);
  });
});

describe('LamportClock properties', () => {
  type Op = { kind: 'tick' } | { kind: 'update'; remote: number };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.constant<Op>({ kind: 'tick' }),
    fc.integer({ min: -1000, max: 1_000_000 }).map((remote): Op => ({ kind: 'update', remote })),
  );

  it('every tick/update result is strictly greater than the previous; update > remote; storage mirrors it', () => {
    fc.assert(
      fc.property(nodeIdArb, fc.nat({ max: 1000 }), fc.array(opArb, { maxLength: 50 }), (nodeId, start, ops) => {
        const storage = new InMemoryClockStorage();
        storage.save(nodeId, start);
        const clock = new LamportClock(nodeId, storage);
        expect(clock.nodeId).toBe(nodeId);
        let previous = clock.current();
        expect(previous).toBe(start);
        for (const op of ops) {
          let value: number;
          if (op.kind === 'tick') {
            value = clock.tick();
            expect(value).toBe(previous + 1);
          } else {
            clock.update(op.remote);
            value = clock.current();
            expect(value).toBeGreaterThan(op.remote);
            expect(value).toBe(Math.max(previous, op.remote) + 1);
          }
          expect(value).toBeGreaterThan(previous);
          expect(storage.load(nodeId)).toBe(value);
          previous = value;
        }
        // Persistence across instances.
        expect(new LamportClock(nodeId, storage).current()).toBe(previous);
      }),
    );
  });
});
