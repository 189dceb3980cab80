/**
 * Public face of the 6.1.0 mission lifecycle area (API-6.1.0.md rows 42–62 and 364–369, plus
 * `LifecycleReducer`). The five payloads unchanged since 2.1.0 and `LifecycleAnomaly` are the
 * 2.1.0 classes, registered in both contracts.
 */
export {
  SCHEMA_VERSION,
  MISSION_CREATED,
  MISSION_CLOSED,
  MISSION_STARTED,
  MISSION_COMPLETED,
  MISSION_CANCELLED,
  MISSION_ORIGIN_BOUND,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
  MISSION_REOPENED,
  FOLLOW_UP_RECORDED,
  MISSION_EVENT_TYPES,
  TERMINAL_MISSION_STATUSES,
  MissionStatus,
} from './constants';
export {
  MissionStartedPayload,
  MissionCompletedPayload,
  MissionCancelledPayload,
  PhaseEnteredPayload,
  ReviewRollbackPayload,
} from '../v2/lifecycle/payloads';
export {
  MissionCreatedPayload,
  MissionClosedPayload,
  MissionOriginBoundPayload,
  MissionReopenedPayload,
  FollowUpRecordedPayload,
  type FollowUpType,
} from './payloads';
export { LifecycleAnomaly, ReducedMissionState, type ReducedMissionStateInit } from './reducer-models';
export { LifecycleReducer, reduceLifecycleEvents } from './lifecycle-reducer';
