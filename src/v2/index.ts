/**
 * `spec-kitty-events/v2`: the TypeScript twin of the Python package spec-kitty-events 2.1.0.
 * Exactly the 104 root exports of the 2.1.0 contract (API.md), plus the three reducer classes.
 */
import 'reflect-metadata';

/** The contract version this entry point mirrors. */
export const VERSION = '2.1.0';

export * from './envelope';
export * from './gates';
export * from './lifecycle';
// The status module's public contract names.
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
  RepoEvidence,
  VerificationEntry,
  ReviewVerdict,
  DoneEvidence,
  ForceMetadata,
  StatusTransitionPayload,
  TransitionError,
  TransitionValidationResult,
  validateTransition,
  statusEventSortKey,
  dedupEvents,
  WPState,
  TransitionAnomaly,
  ReducedStatus,
  StatusReducer,
  reduceStatusEvents,
} from './status';
// Types that `StatusReducer`'s signature names (the status fold both contracts share), type-only.
export type { StatusFold, StatusRules, StatusPayloadShape, PipelineEvent } from './status';
export * from './collaboration';
