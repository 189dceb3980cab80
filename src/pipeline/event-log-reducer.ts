/**
 * The shared shape of the three reducers: a class that holds a fold's state, accepts events
 * one at a time (`apply`) and exposes the result (`state`), which always equals the reducer
 * function over every event applied so far.
 *
 * Events are kept as the processing list U (filtered, sorted, deduplicated). An event that
 * lands at the end of U is folded in at once (O(1) amortised for in-order streams); one that
 * lands anywhere else, or replaces an earlier copy of its id, is buffered (O(1)) and marks the
 * fold stale: the next read merges the buffer into U and re-folds U from scratch, so any
 * arrival order costs O(n log n) for the applies plus O(n) per read that follows a late event. An error thrown by a fold step (strict-mode membership)
 * is held and re-thrown by `state`, exactly where the whole-log function would throw.
 */
import type { Event } from '../v2/envelope/event';
import { compareBySortKey, dedupEvents, sortBySortKey, sortedUniqueEvents } from './ordering';

/**
 * Sorted, deduplicated events with O(1) append when events arrive in key order, and O(1) for
 * an event that arrives late: it waits in a buffer, and the next read of `items` sorts the
 * buffer once and merges it with the sorted part in one pass. Any arrival order therefore
 * costs O(n log n) over n adds (a per-event sorted insert costs the log's length each time,
 * which made reversed input quadratic).
 */
export class SortedUniqueLog {
  /** Sorted by key; holds `superseded` copies that lost their id to a smaller key. */
  private events: Event[] = [];
  /** Late events in arrival order, not merged yet (may hold superseded copies too). */
  private pending: Event[] = [];
  /**
   * The kept copy of every id (the one with the smallest key; on equal keys the first added).
   * Null after an `addAll` rebuilt `events` as a deduplicated list, until an add needs it
   * (`byId` builds it then); null implies no pending and no superseded copies, so every event
   * of `events` is the kept copy of its id.
   */
  private index: Map<string, Event> | null = new Map<string, Event>();
  /** How many copies in `events` and `pending` are no longer the kept copy of their id. */
  private superseded = 0;

  get size(): number {
    return this.index === null ? this.events.length : this.index.size;
  }

  private get byId(): Map<string, Event> {
    if (this.index === null) {
      const index = new Map<string, Event>();
      for (const event of this.events) index.set(event.event_id, event);
      this.index = index;
    }
    return this.index;
  }

  /** U in order (a live, read-only view, valid until the next add). */
  get items(): readonly Event[] {
    this.flush();
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
      this.byId.set(event.event_id, event);
      this.superseded++;
      this.pending.push(event);
      return 'replaced';
    }
    this.byId.set(event.event_id, event);
    const last = this.events[this.events.length - 1];
    if (this.pending.length === 0 && (last === undefined || compareBySortKey(last, event) < 0)) {
      this.events.push(event);
      return 'appended';
    }
    this.pending.push(event);
    return 'inserted';
  }

  /**
   * Adds many events with the same outcome as `add` on each in the given order, without the
   * per-event splice that makes out-of-order input quadratic: the new events are sorted once
   * (stable), then appended (`appended`: all of them land after the old end) or merged with a
   * stable sort and deduplicated (`changed`); `ignored` when U is unchanged.
   */
  addAll(events: readonly Event[]): 'appended' | 'changed' | 'ignored' {
    if (this.events.length === 0 && this.pending.length === 0) {
      // Into the empty log: the shared filter → sort → dedup (sortedUniqueEvents keeps, per id,
      // the first copy in stable key order, as adding each in turn would), no index yet.
      const unique = sortedUniqueEvents(events);
      if (unique.length === 0) return 'ignored';
      this.events = unique === events ? events.slice() : (unique as Event[]);
      this.index = null;
      return 'appended';
    }
    const incoming = sortBySortKey(events);
    if (incoming.length === 0) return 'ignored';
    this.flush();
    const last = this.events[this.events.length - 1];
    if (last === undefined || compareBySortKey(last, incoming[0]!) < 0) {
      // Everything lands after the old end. The first copy of an id in sorted order has its
      // smallest key (ties: the earliest given); a known id already holds a smaller key.
      let appended = false;
      for (const event of incoming) {
        if (this.byId.has(event.event_id)) continue;
        this.byId.set(event.event_id, event);
        this.events.push(event);
        appended = true;
      }
      return appended ? 'appended' : 'ignored';
    }
    // Old events first: for equal keys of one id the stable sort keeps the earlier-added copy.
    const merged = dedupEvents(sortBySortKey([...this.events, ...incoming]));
    if (merged.length === this.events.length && merged.every((event, i) => event === this.events[i])) return 'ignored';
    this.events = merged;
    this.index = null; // flushed and deduplicated: `byId` rebuilds it from `events` when needed
    return 'changed';
  }

  /**
   * Merges the buffered late events into the sorted part, dropping superseded copies. Kept
   * copies have distinct ids, hence distinct keys, so the merge has no ties to break.
   */
  private flush(): void {
    if (this.pending.length === 0 && this.superseded === 0) return;
    const byId = this.byId;
    const isKept = (event: Event): boolean => byId.get(event.event_id) === event;
    const late = this.pending.filter(isKept).sort(compareBySortKey);
    const sorted = this.superseded === 0 ? this.events : this.events.filter(isKept);
    const merged = new Array<Event>(sorted.length + late.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < sorted.length && j < late.length) {
      merged[k++] = compareBySortKey(sorted[i]!, late[j]!) < 0 ? sorted[i++]! : late[j++]!;
    }
    while (i < sorted.length) merged[k++] = sorted[i++]!;
    while (j < late.length) merged[k++] = late[j++]!;
    this.events = merged;
    this.pending = [];
    this.superseded = 0;
  }
}

/**
 * Internal (not exported from any entry point): folds a processing list U that is already
 * filtered, sorted and deduplicated (the shared `sortedUniqueEvents` pipeline) straight into
 * a fresh reducer's result, without re-adding the events one by one to its log. The whole-log
 * functions of the `EventLogReducer` families (status, glossary, connector, sync, …, both
 * contracts) use it on a new reducer (lifecycle and collaboration fold `sortedUniqueEvents`
 * through their own fold objects); a reducer folded this way is not used further.
 */
export const FOLD_SORTED: unique symbol = Symbol('foldSorted');

/** Internal: `FOLD_SORTED` of the reducer's own filter → sort → dedup of `events` (the whole-log function). */
export const REDUCE_LOG: unique symbol = Symbol('reduceLog');

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

  /** See `FOLD_SORTED`: the result of U = `log`, thrown errors included, as `state` would give it. */
  [FOLD_SORTED](log: readonly Event[]): TResult {
    this.reset();
    for (let i = 0; i < log.length; i++) this.step(log[i]!, i, log);
    return this.finish(log);
  }

  /** See `REDUCE_LOG`. Pure for a fresh reducer: `events` is not changed. */
  [REDUCE_LOG](events: readonly Event[]): TResult {
    return this[FOLD_SORTED](sortedUniqueEvents(events, (event) => this.keeps(event)));
  }

  /** Adds one event; never throws for membership problems (see `state`). */
  apply(event: Event): this {
    if (!this.keeps(event)) return this;
    return this.afterAdd(this.log.add(event));
  }

  /** Adds many events (any order); the same result as `apply` on each, in O(n log n). */
  applyAll(events: Iterable<Event>): this {
    const kept: Event[] = [];
    for (const event of events) if (this.keeps(event)) kept.push(event);
    return this.afterAdd(this.log.addAll(kept));
  }

  /** Folds events appended to U at once; anything else marks the fold stale for the next read. */
  private afterAdd(outcome: 'appended' | 'inserted' | 'replaced' | 'changed' | 'ignored'): this {
    if (outcome === 'ignored') return this;
    this.result = null;
    if (outcome !== 'appended' || this.stale) {
      this.stale = true;
      return this;
    }
    this.foldFrom(this.folded);
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
