/**
 * `spec-kitty-events/v2`: the TypeScript twin of the Python package spec-kitty-events 2.1.0.
 * Exactly the 104 root exports of the 2.1.0 contract (API.md), plus the three reducer classes.
 */
import 'reflect-metadata';

/** The contract version this entry point mirrors. */
export { VERSION } from './version';

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

// Types that public signatures name (issue 10 item 6), exported as types only: the runtime
// names stay the contract's. test/packaging/exported-types.test.ts keeps this complete.
export type { ModelClass, WireModel } from '../validation/model';
export type { LocSegment, Violation } from '../validation/violation';
export type { PyDateTime } from '../validation/parsers/py-datetime';
export type { JsonObject } from '../validation/constraints/is-json-object';
export type { EventLogReducer } from '../pipeline/event-log-reducer';
export type { StatusSortKey } from '../pipeline/ordering';
export type { TotalOrderKey } from '../envelope/ordering';
export type { PriorityMap } from '../envelope/state-machine-merge';
export type { GateEventType, OnIgnoredConclusion } from './gates/conclusion';
export type { GateFailedConclusion, GatePassedConclusion } from './gates/gate-payloads';
export type { FocusTargetType, ParticipantType } from './collaboration/identity';
export type { Acknowledgement, DriveIntent, LinkType, StepOutcome, WarningSeverity } from './collaboration/payloads';
export type { CommentEntry, DecisionEntry, WarningEntry } from './collaboration/state';
export type { ParticipantIdValue } from './collaboration/errors';
export type { ReducedMissionStateInit } from './lifecycle/reducer-models';
export type { StatusAnomalyShape, StatusResultShape, LifecycleAnomalyShape, PreTerminalVerdict, PreTerminalRule, MissionPayloadClasses, LifecycleRules, LifecycleFoldReducer } from '../pipeline/lifecycle-fold';
