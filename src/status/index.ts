/**
 * Public face of the 6.1.0 status area (API-6.1.0.md rows 63–92, plus `StatusReducer`).
 */
export {
  Lane,
  SyncLaneV1,
  SyncLaneV2,
  CANONICAL_TO_SYNC_V1,
  CANONICAL_TO_SYNC_V2,
  canonicalToSyncV1,
  canonicalToSyncV2,
  ExecutionMode,
  normalizeLane,
  TERMINAL_LANES,
  NON_DISPLAY_LANES,
  DISPLAY_LANES,
  LANE_ALIASES,
  WP_STATUS_CHANGED,
} from './lanes';
export { RepoEvidence, VerificationEntry, ReviewVerdict, DoneEvidence, ForceMetadata } from './evidence';
export { StatusTransitionPayload } from './transition-payload';
export { TransitionError, TransitionValidationResult, validateTransition, isBootstrapPlannedEvent } from './transitions';
export { statusEventSortKey, dedupEvents } from '../pipeline/ordering';
export { WPState, TransitionAnomaly, ReducedStatus } from './reducer-models';
export { StatusReducer, reduceStatusEvents } from './status-reducer';
// Types that public signatures name (type-only: no runtime export).
export type { Actor } from './actor';
export type { StatusEvent } from './status-reducer';
export type { StatusFold, StatusRules, StatusPayloadShape, PipelineEvent } from '../pipeline/status-fold';
