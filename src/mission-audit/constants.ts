/** Mission-audit event type names and enums (reference `mission_audit.py` §1–§3). */
import { frozenSet } from '../conventions';
import type { EnumDescriptor } from '../validation';

export const AUDIT_SCHEMA_VERSION = '2.5.0';

export const MISSION_AUDIT_REQUESTED = 'MissionAuditRequested';
export const MISSION_AUDIT_STARTED = 'MissionAuditStarted';
export const MISSION_AUDIT_DECISION_REQUESTED = 'MissionAuditDecisionRequested';
export const MISSION_AUDIT_COMPLETED = 'MissionAuditCompleted';
export const MISSION_AUDIT_FAILED = 'MissionAuditFailed';

/** The 5 mission-audit event types; immutable at run time. */
export const MISSION_AUDIT_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_FAILED,
]);

export enum AuditVerdict {
  PASS = 'pass',
  PASS_WITH_WARNINGS = 'pass_with_warnings',
  FAIL = 'fail',
  BLOCKED_DECISION_REQUIRED = 'blocked_decision_required',
}

export enum AuditSeverity {
  INFO = 'info',
  WARNING = 'warning',
  ERROR = 'error',
  CRITICAL = 'critical',
}

export enum AuditStatus {
  PENDING = 'pending',
  RUNNING = 'running',
  AWAITING_DECISION = 'awaiting_decision',
  COMPLETED = 'completed',
  FAILED = 'failed',
}

/** `{COMPLETED, FAILED}`; immutable at run time. */
export const TERMINAL_AUDIT_STATUSES: ReadonlySet<AuditStatus> = frozenSet<AuditStatus>([AuditStatus.COMPLETED, AuditStatus.FAILED]);

/** The enums as the validation layer describes them (`IsPyEnum`); the reference's enums have no docstring. */
export const AUDIT_VERDICT_ENUM: EnumDescriptor<AuditVerdict> = Object.freeze({ name: 'AuditVerdict', values: Object.freeze(Object.values(AuditVerdict)) });
export const AUDIT_SEVERITY_ENUM: EnumDescriptor<AuditSeverity> = Object.freeze({ name: 'AuditSeverity', values: Object.freeze(Object.values(AuditSeverity)) });
export const AUDIT_STATUS_ENUM: EnumDescriptor<AuditStatus> = Object.freeze({ name: 'AuditStatus', values: Object.freeze(Object.values(AuditStatus)) });
