/**
 * Mission lifecycle constants and the `MissionStatus` enum (LIFECYCLE.md §1–§2).
 */
import { frozenSet } from '../../conventions';
import type { EnumDescriptor } from '../../validation';

/** Lifecycle contract version. Exported only: nothing reads it (not `Event.schema_version`). */
export const SCHEMA_VERSION = '2.0.0';

export const MISSION_STARTED = 'MissionStarted';
export const MISSION_COMPLETED = 'MissionCompleted';
export const MISSION_CANCELLED = 'MissionCancelled';
export const PHASE_ENTERED = 'PhaseEntered';
export const REVIEW_ROLLBACK = 'ReviewRollback';

/** The 5 mission-level event types (declaration order); immutable at run time. */
export const MISSION_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  MISSION_STARTED,
  MISSION_COMPLETED,
  MISSION_CANCELLED,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
]);

/** Mission lifecycle states. */
export enum MissionStatus {
  ACTIVE = 'active',
  COMPLETED = 'completed',
  /** Two l's, unlike `Lane.CANCELED`. */
  CANCELLED = 'cancelled',
}

/** `{COMPLETED, CANCELLED}`; immutable at run time. */
export const TERMINAL_MISSION_STATUSES: ReadonlySet<MissionStatus> = frozenSet<MissionStatus>([
  MissionStatus.COMPLETED,
  MissionStatus.CANCELLED,
]);

/** The enum as the validation layer and schema generator describe it (`IsPyEnum`). */
export const MISSION_STATUS_ENUM: EnumDescriptor<MissionStatus> = Object.freeze({
  name: 'MissionStatus',
  description: 'Mission lifecycle states.',
  values: Object.freeze([MissionStatus.ACTIVE, MissionStatus.COMPLETED, MissionStatus.CANCELLED]),
});

const MEMBER_NAMES: ReadonlyMap<MissionStatus, string> = new Map<MissionStatus, string>([
  [MissionStatus.ACTIVE, 'ACTIVE'],
  [MissionStatus.COMPLETED, 'COMPLETED'],
  [MissionStatus.CANCELLED, 'CANCELLED'],
]);

/**
 * How the reference writes a status inside a message (Python ≥ 3.11 f-string of a
 * str-mixin enum): `MissionStatus.COMPLETED`, never the bare value.
 */
export function missionStatusText(status: MissionStatus): string {
  return `MissionStatus.${MEMBER_NAMES.get(status) ?? String(status)}`;
}
