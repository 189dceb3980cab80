/**
 * The one ordering pipeline every reducer shares (STATUS_AND_GATES.md §9, LIFECYCLE.md §6.2,
 * COLLABORATION.md §8.2): a stable sort on `(lamport_clock, isoText(timestamp), event_id)`,
 * then dedup by `event_id` keeping the first occurrence in sorted order.
 */
import { compareCodePoints } from '../conventions';
// Direct import: a call through the index's re-export getter is not inlined (hot loop below).
import { hashString, markRepeats } from '../conventions/string-set';
import type { Event } from '../v2/envelope/event';

export type StatusSortKey = readonly [number, string, string];

/** `[lamport_clock, isoText(timestamp), event_id]`. */
export function statusEventSortKey(event: Event): StatusSortKey {
  return Object.freeze([event.lamport_clock, event.timestamp.isoText(), event.event_id] as const);
}

/**
 * Compares two events by their sort key without building it: the clock decides almost
 * always, so the timestamp text is rendered only on a clock tie.
 */
export function compareBySortKey(a: Event, b: Event): number {
  if (a.lamport_clock !== b.lamport_clock) return a.lamport_clock < b.lamport_clock ? -1 : 1;
  const byTime = compareCodePoints(a.timestamp.isoText(), b.timestamp.isoText());
  if (byTime !== 0) return byTime;
  return compareCodePoints(a.event_id, b.event_id);
}

/** Keeps the first event of each `event_id`, in the given order (no sorting); a new array. */
export function dedupEvents(events: readonly Event[]): Event[] {
  const unique = uniqueInOrder(events);
  return unique === events ? events.slice() : (unique as Event[]);
}

/**
 * `dedupEvents` without the copy: returns `events` itself when no id repeats (the common
 * case), else a new array. Large logs pay for every array they build (a growing 1M-element
 * array costs more than the pass that fills it), so the pipeline copies only when it must.
 */
function uniqueInOrder(events: readonly Event[], hashes?: Uint32Array): readonly Event[] {
  const repeats = markRepeats(events, eventIdOf, { hashes });
  return repeats === null ? events : unmarked(events, repeats);
}

function eventIdOf(event: Event): string {
  return event.event_id;
}

/** The events whose mark is 0, in order (pre-sized: growing a large array is costly). */
function unmarked(events: readonly Event[], marks: Uint8Array): Event[] {
  let kept = 0;
  for (let i = 0; i < marks.length; i++) kept += marks[i]! ^ 1;
  const out = new Array<Event>(kept);
  let count = 0;
  for (let i = 0; i < events.length; i++) if (marks[i] === 0) out[count++] = events[i]!;
  return out;
}

function isSortedBySortKey(events: readonly Event[]): boolean {
  for (let i = 1; i < events.length; i++) {
    if (compareBySortKey(events[i - 1]!, events[i]!) > 0) return false;
  }
  return true;
}

/** Stable sort by the shared key into a new array (no sorting work when already in order). */
export function sortBySortKey(events: readonly Event[]): Event[] {
  return isSortedBySortKey(events) ? events.slice() : events.slice().sort(compareBySortKey);
}

/** The events `keep` accepts, in order; `events` itself when it accepts all of them. */
function keptEvents(events: readonly Event[], keep: (event: Event) => boolean): readonly Event[] {
  let i = 0;
  while (i < events.length && keep(events[i]!)) i++;
  if (i === events.length) return events;
  const out: Event[] = new Array<Event>(events.length);
  let count = 0;
  for (let j = 0; j < i; j++) out[count++] = events[j]!;
  for (let j = i + 1; j < events.length; j++) {
    const event = events[j]!;
    if (keep(event)) out[count++] = event;
  }
  out.length = count;
  return out;
}

/**
 * Whether `keep` accepts every event and they are already in key order (the common case),
 * filling `hashes` with the hash of each `event_id` on the way: one pass where filter, order
 * check and dedup would take three (at 1M events each pass costs tens of milliseconds of
 * cache misses). `hashes` is complete only when the answer is true.
 */
function keptInOrder(events: readonly Event[], keep: ((event: Event) => boolean) | undefined, hashes: Uint32Array): boolean {
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (keep !== undefined && !keep(event)) return false;
    if (i > 0 && compareBySortKey(events[i - 1]!, event) > 0) return false;
    hashes[i] = hashString(event.event_id);
  }
  return true;
}

/**
 * filter → stable sort → dedup: the processing list U of every reducer. Read-only: it may be
 * the caller's own array when nothing had to be removed or reordered.
 */
export function sortedUniqueEvents(events: readonly Event[], keep?: (event: Event) => boolean): readonly Event[] {
  const hashes = new Uint32Array(events.length);
  if (keptInOrder(events, keep, hashes)) return uniqueInOrder(events, hashes);
  const kept = keep === undefined ? events : keptEvents(events, keep);
  return uniqueInOrder(isSortedBySortKey(kept) ? kept : kept.slice().sort(compareBySortKey));
}
