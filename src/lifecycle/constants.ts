/**
 * Mission lifecycle constants and the `MissionStatus` enum at contract 6.1.0 (reference
 * `lifecycle.py` at 6.1.0): two catalog events (`MissionCreated`, `MissionClosed`), two
 * post-mission events (`MissionReopened`, `FollowUpRecorded`) and the `REOPENED` status.
 */
import { frozenSet } from '../conventions';
import type { EnumDescriptor } from '../validation';
import {
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_STARTED,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
} from '../v2/lifecycle/constants';

export { MISSION_CANCELLED, MISSION_COMPLETED, MISSION_STARTED, PHASE_ENTERED, REVIEW_ROLLBACK };

/** Lifecycle contract version at 6.1.0. Exported only (not `Event.schema_version`). */
export const SCHEMA_VERSION = '3.0.0';

export const MISSION_CREATED = 'MissionCreated';
export const MISSION_CLOSED = 'MissionClosed';
/** Observational binding to an external tracker issue; not a mission event of the reducer. */
export const MISSION_ORIGIN_BOUND = 'MissionOriginBound';
/** A merged/closed mission returned to an actionable state. */
export const MISSION_REOPENED = 'MissionReopened';
/** A follow-up commit or PR recorded against a terminal mission. */
export const FOLLOW_UP_RECORDED = 'FollowUpRecorded';

/** The 9 event types the lifecycle reducer applies (`MissionOriginBound` is not one); immutable. */
export const MISSION_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  MISSION_CREATED,
  MISSION_CLOSED,
  MISSION_STARTED,
  MISSION_COMPLETED,
  MISSION_CANCELLED,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
  MISSION_REOPENED,
  FOLLOW_UP_RECORDED,
]);

/**
 * Mission lifecycle states. `REOPENED` is actionable (not terminal): a completed or cancelled
 * mission returned to work by `MissionReopened`; later events are processed normally.
 */
export enum MissionStatus {
  ACTIVE = 'active',
  COMPLETED = 'completed',
  /** Two l's, unlike `Lane.CANCELED`. */
  CANCELLED = 'cancelled',
  REOPENED = 'reopened',
}

/** `{COMPLETED, CANCELLED}`; immutable at run time. */
export const TERMINAL_MISSION_STATUSES: ReadonlySet<MissionStatus> = frozenSet<MissionStatus>([
  MissionStatus.COMPLETED,
  MissionStatus.CANCELLED,
]);

/** The enum as the validation layer describes it (`IsPyEnum`). */
export const MISSION_STATUS_ENUM: EnumDescriptor<MissionStatus> = Object.freeze({
  name: 'MissionStatus',
  description:
    'Mission lifecycle states.\n\n``REOPENED`` is an *actionable* (non-terminal) state distinct from\n``ACTIVE``: it records that a ' +
    'previously-completed/cancelled mission was\nreturned to an actionable state by a ``MissionReopened`` event. It is\n' +
    'deliberately NOT in :data:`TERMINAL_MISSION_STATUSES`, so subsequent\nlifecycle events (e.g. a fresh ``MissionCompleted``) ' +
    'are processed\nnormally rather than flagged as post-terminal anomalies.',
  values: Object.freeze([MissionStatus.ACTIVE, MissionStatus.COMPLETED, MissionStatus.CANCELLED, MissionStatus.REOPENED]),
});
