/** Public face of the envelope: the Event model, its records, errors and primitives. */
export { Event } from '../v2/envelope/event';
export { ErrorEntry } from './error-entry';
export { ConflictResolution } from './conflict-resolution';
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
export { mergeGSet, mergeCounter } from './crdt';
export { stateMachineMerge } from './state-machine-merge';
export { ErrorLog } from './error-log';
