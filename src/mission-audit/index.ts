/** The mission-audit family (reference `mission_audit.py`): 5 event types, enums, payloads, the reducer. */
export {
  AUDIT_SCHEMA_VERSION,
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_FAILED,
  MISSION_AUDIT_EVENT_TYPES,
  TERMINAL_AUDIT_STATUSES,
  AuditVerdict,
  AuditSeverity,
  AuditStatus,
} from './constants';
export {
  AuditArtifactRef,
  PendingDecision,
  MissionAuditAnomaly,
  MissionAuditRequestedPayload,
  MissionAuditStartedPayload,
  MissionAuditDecisionRequestedPayload,
  MissionAuditCompletedPayload,
  MissionAuditFailedPayload,
} from './payloads';
export type { MissionAuditIdentity, MissionAuditIdentityFields } from './payloads';
export { ReducedMissionAuditState } from './reducer-models';
export type { ReducedMissionAuditStateInit } from './reducer-models';
export { MissionAuditReducer, reduceMissionAuditEvents } from './reducer';
export type { MissionAuditEvent } from './reducer';
