/** The mission-next family (reference `mission_next.py`): 6 event types + 1 reserved, payloads, the reducer. */
export {
  MISSION_RUN_STARTED,
  NEXT_STEP_PLANNED,
  NEXT_STEP_ISSUED,
  NEXT_STEP_AUTO_COMPLETED,
  DECISION_INPUT_REQUESTED,
  DECISION_INPUT_ANSWERED,
  MISSION_RUN_COMPLETED,
  MISSION_NEXT_EVENT_TYPES,
  MissionRunStatus,
  TERMINAL_RUN_STATUSES,
} from './constants';
export * from './payloads';
export * from './reducer-models';
export * from './reducer';
