/**
 * spec-kitty-events: the TypeScript twin of the Python package spec-kitty-events 2.1.0.
 * Exactly the 104 root exports of the contract (API.md).
 */
import 'reflect-metadata';

/** The contract version this package mirrors. */
export const VERSION = '2.1.0';

export * from './envelope';
export * from './gates';
export * from './lifecycle';
// The status module also hosts the shared reducer pipeline; the root exposes only its contract names.
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
export * from './collaboration';
export { JsonLinesReader, readJsonLines, parseJsonLines, DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_DOCUMENT_BYTES, type JsonLinesPosition, type JsonLinesValue, type JsonLinesError, type JsonLinesErrorCode, type JsonLinesRecord, type JsonLinesFormat, type JsonLinesStats, type JsonLinesProgress, type JsonLinesOptions, type JsonLinesSource } from './jsonl';
