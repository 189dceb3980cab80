/**
 * Public face of the status module (API.md rows 45–68, plus `StatusReducer`), and the shared
 * reducer pipeline (`compareBySortKey`, `sortedUniqueEvents`, `EventLogReducer`,
 * `SortedUniqueLog`) that the lifecycle and collaboration reducers import from here.
 */
export {
  Lane,
  SyncLaneV1,
  ExecutionMode,
  CANONICAL_TO_SYNC_V1,
  canonicalToSyncV1,
  normalizeLane,
  TERMINAL_LANES,
  LANE_ALIASES,
  WP_STATUS_CHANGED,
} from './lanes';
export { RepoEvidence, VerificationEntry, ReviewVerdict, DoneEvidence, ForceMetadata } from './evidence';
export { StatusTransitionPayload } from './transition-payload';
export { TransitionError, TransitionValidationResult, validateTransition } from './transitions';
export { statusEventSortKey, dedupEvents, compareBySortKey, sortedUniqueEvents } from '../../pipeline/ordering';
export { EventLogReducer, SortedUniqueLog } from '../../pipeline/event-log-reducer';
export { WPState, TransitionAnomaly, ReducedStatus } from './reducer-models';
export { StatusReducer, reduceStatusEvents } from './status-reducer';
// Types that `StatusReducer`'s signature names (type-only: no runtime export).
export type { StatusFold, StatusRules, StatusPayloadShape, PipelineEvent } from '../../pipeline/status-fold';
