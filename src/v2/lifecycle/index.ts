/**
 * Public face of the lifecycle module (API.md rows 28–44, plus `LifecycleReducer`).
 */
export {
  SCHEMA_VERSION,
  MISSION_STARTED,
  MISSION_COMPLETED,
  MISSION_CANCELLED,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
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
} from './payloads';
export { LifecycleAnomaly, ReducedMissionState } from './reducer-models';
export { LifecycleReducer, reduceLifecycleEvents } from './lifecycle-reducer';
