/**
 * The shared shape of the three reducers: a class that holds a fold's state, accepts events
 * one at a time (`apply`) and exposes the result (`state`), which always equals the reducer
 * function over every event applied so far.
 *
 * Events are kept as the processing list U (filtered, sorted, deduplicated). An event that
 * lands at the end of U is folded in at once (O(1) amortised for in-order streams); one that
 * lands anywhere else, or replaces an earlier copy of its id, marks the fold stale and the
 * next read re-folds U from scratch. An error thrown by a fold step (strict-mode membership)
 * is held and re-thrown by `state`, exactly where the whole-log function would throw.
 */
import type { Event } from '../envelope/event';
import { compareBySortKey } from './ordering';

/** Sorted, deduplicated events with O(1) append when events arrive in key order. */
export class SortedUniqueLog {
  private readonly events: Event[] = [];
  private readonly byId = new Map<string, Event>();

  get size(): number {
    return this.events.length;
  }

  /** U in order (a live, read-only view). */
  get items(): readonly Event[] {
    return this.events;
  }

  /**
   * Adds an event: `appended` (now last of U), `inserted` (somewhere earlier), `replaced`
   * (an earlier copy of its id had a larger key), or `ignored` (a copy with a key ≤ its own
   * is already kept, so U is unchanged).
   */
  add(event: Event): 'appended' | 'inserted' | 'replaced' | 'ignored' {
    const known = this.byId.get(event.event_id);
    if (known !== undefined) {
      if (compareBySortKey(event, known) >= 0) return 'ignored';
      const at = this.events.indexOf(known);
      this.events.splice(at, 1);
      this.byId.set(event.event_id, event);
      this.insertSorted(event);
      return 'replaced';
    }
    this.byId.set(event.event_id, event);
    const last = this.events[this.events.length - 1];
    if (last === undefined || compareBySortKey(last, event) < 0) {
      this.events.push(event);
      return 'appended';
    }
    this.insertSorted(event);
    return 'inserted';
  }

  private insertSorted(event: Event): void {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareBySortKey(this.events[mid]!, event) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.events.splice(lo, 0, event);
  }
}

/**
 * Base of `StatusReducer`, `LifecycleReducer` and `CollaborationReducer`.
 * Subclasses say which events they keep, how to start a fold, how to fold one event of U
 * (or that they cannot fold incrementally), and how to build the frozen result.
 */
export abstract class EventLogReducer<TResult> {
  private readonly log = new SortedUniqueLog();
  private folded = 0;
  private stale = false;
  private failure: unknown = null;
  private result: TResult | null = null;

  /** Whether an event enters U (the reducer's filter). */
  protected abstract keeps(event: Event): boolean;
  /** Resets the working state for a fold from the start of U. */
  protected abstract reset(): void;
  /**
   * Folds the next event of U into the working state. A reducer whose rules look ahead
   * (groups by clock) leaves this empty and folds the whole of U in `finish`.
   */
  protected abstract step(event: Event, index: number, log: readonly Event[]): void;
  /** Builds the result from the working state after every event of U was stepped. */
  protected abstract finish(log: readonly Event[]): TResult;

  /** Adds one event; never throws for membership problems (see `state`). */
  apply(event: Event): this {
    if (!this.keeps(event)) return this;
    const outcome = this.log.add(event);
    if (outcome === 'ignored') return this;
    this.result = null;
    if (outcome !== 'appended' || this.stale) {
      this.stale = true;
      return this;
    }
    this.foldFrom(this.log.size - 1);
    return this;
  }

  /** Adds many events (any order). */
  applyAll(events: Iterable<Event>): this {
    for (const event of events) this.apply(event);
    return this;
  }

  /** The reduced state of every event applied so far; throws where the function would. */
  get state(): TResult {
    if (this.stale) {
      this.stale = false;
      this.failure = null;
      this.folded = 0;
      this.reset();
      this.foldFrom(0);
    }
    if (this.failure !== null) throw this.failure;
    if (this.result === null) this.result = this.finish(this.log.items);
    return this.result;
  }

  /** Number of events in U (kept, sorted, unique). */
  get size(): number {
    return this.log.size;
  }

  private foldFrom(start: number): void {
    if (this.failure !== null) return;
    const items = this.log.items;
    for (let i = Math.max(start, this.folded); i < items.length; i++) {
      try {
        this.step(items[i]!, i, items);
      } catch (error) {
        this.failure = error;
        this.folded = i + 1;
        return;
      }
      this.folded = i + 1;
    }
  }
}
