/** The 2.1.0 envelope: its `Event` model, with the records, errors and primitives shared by both contracts. */
export { Event } from './event';
export {
  ErrorEntry,
  SpecKittyEventsError,
  StorageError,
  ValidationError,
  CyclicDependencyError,
  EventStore,
  ClockStorage,
  ErrorStorage,
  InMemoryEventStore,
  InMemoryClockStorage,
  InMemoryErrorStorage,
  LamportClock,
  isConcurrent,
  totalOrderKey,
  topologicalSort,
  mergeCounter,
  stateMachineMerge,
  ErrorLog,
} from '../../envelope';
export { ConflictResolution } from '../../envelope/conflict-resolution';
export { mergeGSet } from '../../envelope/crdt';
