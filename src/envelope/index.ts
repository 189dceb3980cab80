/**
 * Public face of the envelope: the 6.1.0 `Event` model and `normalizeEventId`, with the
 * records, errors and primitives both contracts share (`/v2` re-exports these with its own
 * 2.1.0 `Event`).
 */
export { Event } from './event';
export { normalizeEventId } from './event-id';
export { ErrorEntry } from './error-entry';
export { ConflictResolution } from './conflict-resolution-6-1';
export { SpecKittyEventsError, StorageError, ValidationError, CyclicDependencyError } from './errors';
export {
  EventStore,
  ClockStorage,
  ErrorStorage,
  InMemoryEventStore,
  InMemoryClockStorage,
  InMemoryErrorStorage,
} from './storage';
export { LamportClock } from './lamport-clock';
export { isConcurrent, totalOrderKey } from './ordering';
export { topologicalSort } from './topological-sort';
// API-6.1.0.md spells `merge_gset` as `mergeGset` (2.1.0's API.md: `mergeGSet`, kept under /v2).
export { mergeGSet as mergeGset, mergeCounter } from './crdt';
export { stateMachineMerge } from './state-machine-merge';
export { ErrorLog } from './error-log';
