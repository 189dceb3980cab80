/**
 * Lamport logical clock backed by a `ClockStorage` (ENVELOPE.md §4).
 */
import type { ClockStorage } from './storage';

export class LamportClock {
  /** The node this clock belongs to (Python `node_id`). */
  readonly nodeId: string;
  private readonly storage: ClockStorage;
  private counter: number;

  constructor(nodeId: string, storage: ClockStorage) {
    this.nodeId = nodeId;
    this.storage = storage;
    // The only load ever made.
    this.counter = storage.load(nodeId);
  }

  /** Increments the counter, persists it and returns it. */
  tick(): number {
    this.counter += 1;
    this.storage.save(this.nodeId, this.counter);
    return this.counter;
  }

  /** Sets the counter to max(counter, remoteClock) + 1 and persists it. */
  update(remoteClock: number): void {
    // Python max(counter, remote): keeps the first argument unless the second is greater.
    const base = remoteClock > this.counter ? remoteClock : this.counter;
    this.counter = base + 1;
    this.storage.save(this.nodeId, this.counter);
  }

  /** Current value; no increment, no storage access. */
  current(): number {
    return this.counter;
  }
}
