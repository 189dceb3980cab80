/**
 * Storage adapters (ENVELOPE.md §3): three abstract bases and their in-memory implementations.
 * Every method is synchronous.
 */
import { pyStr } from '../conventions';
import type { ErrorEntry } from './error-entry';
import type { AnyEvent } from './any-event';
import { compareTotalOrderKeys, totalOrderKey } from './ordering';

function abstractInstantiation(name: string, methods: readonly string[]): TypeError {
  return new TypeError(
    `Can't instantiate abstract class ${name} with abstract methods ${methods.join(', ')}`,
  );
}

/** Persists events (of either contract; `E` narrows). Subclasses implement the three abstract methods. */
export abstract class EventStore<E extends AnyEvent = AnyEvent> {
  constructor() {
    if (new.target === EventStore) {
      throw abstractInstantiation('EventStore', ['loadAllEvents', 'loadEvents', 'saveEvent']);
    }
  }

  /** Idempotent by `event_id`: saving an id again replaces the stored event. */
  abstract saveEvent(event: E): void;

  /** Events of one aggregate, sorted ascending by (`lamport_clock`, `node_id`). */
  abstract loadEvents(aggregateId: string): E[];

  /** Every stored event, sorted ascending by (`lamport_clock`, `node_id`). */
  abstract loadAllEvents(): E[];
}

/** Persists Lamport clock values per node. */
export abstract class ClockStorage {
  constructor() {
    if (new.target === ClockStorage) {
      throw abstractInstantiation('ClockStorage', ['load', 'save']);
    }
  }

  /** Last saved value for `nodeId`, `0` if never saved. */
  abstract load(nodeId: string): number;

  /** Overwrites the value for `nodeId` (no history). */
  abstract save(nodeId: string, clockValue: number): void;
}

/** Append-only error log storage. */
export abstract class ErrorStorage {
  constructor() {
    if (new.target === ErrorStorage) {
      throw abstractInstantiation('ErrorStorage', ['append', 'loadRecent']);
    }
  }

  /** Appends one entry. */
  abstract append(entry: ErrorEntry): void;

  /** At most `limit` entries (default 10), newest (most recently appended) first. */
  abstract loadRecent(limit?: number): ErrorEntry[];
}

function sortByTotalOrder<E extends AnyEvent>(events: E[]): E[] {
  return events.sort((a, b) => compareTotalOrderKeys(totalOrderKey(a), totalOrderKey(b)));
}

/** In-memory event store: an insertion-ordered map `event_id → Event`. */
export class InMemoryEventStore<E extends AnyEvent = AnyEvent> extends EventStore<E> {
  private readonly events = new Map<string, E>();

  constructor() {
    super();
  }

  saveEvent(event: E): void {
    this.events.set(event.event_id, event);
  }

  loadEvents(aggregateId: string): E[] {
    const matching: E[] = [];
    for (const event of this.events.values()) {
      if (event.aggregate_id === aggregateId) matching.push(event);
    }
    return sortByTotalOrder(matching);
  }

  loadAllEvents(): E[] {
    return sortByTotalOrder([...this.events.values()]);
  }
}

/** In-memory clock storage: a `Map` `nodeId → value`. */
export class InMemoryClockStorage extends ClockStorage {
  private readonly clocks = new Map<string, number>();

  constructor() {
    super();
  }

  load(nodeId: string): number {
    return this.clocks.has(nodeId) ? (this.clocks.get(nodeId) as number) : 0;
  }

  save(nodeId: string, clockValue: number): void {
    if (clockValue < 0) {
      throw new RangeError(`Clock value must be \u2265 0, got ${pyStr(clockValue)}`);
    }
    this.clocks.set(nodeId, clockValue);
  }
}

/** In-memory error storage: a list in append order, evicting the oldest beyond `maxEntries`. */
export class InMemoryErrorStorage extends ErrorStorage {
  private readonly entries: ErrorEntry[] = [];
  private readonly maxEntries: number;

  constructor(maxEntries = 100) {
    super();
    this.maxEntries = maxEntries;
  }

  append(entry: ErrorEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.maxEntries) {
      this.entries.shift();
    }
  }

  loadRecent(limit = 10): ErrorEntry[] {
    if (limit < 1) {
      throw new RangeError(`Limit must be \u2265 1, got ${pyStr(limit)}`);
    }
    return this.entries.slice(-limit).reverse();
  }
}
