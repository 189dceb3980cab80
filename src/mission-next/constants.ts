/** Mission-next event type names, the run status enum (reference `mission_next.py` §1, §3). */
import { frozenSet } from '../conventions';
import type { EnumDescriptor } from '../validation';

export const MISSION_RUN_STARTED = 'MissionRunStarted';
/** Reserved: no payload contract yet; the reducer keeps it in U and skips it. */
export const NEXT_STEP_PLANNED = 'NextStepPlanned';
export const NEXT_STEP_ISSUED = 'NextStepIssued';
export const NEXT_STEP_AUTO_COMPLETED = 'NextStepAutoCompleted';
export const DECISION_INPUT_REQUESTED = 'DecisionInputRequested';
export const DECISION_INPUT_ANSWERED = 'DecisionInputAnswered';
export const MISSION_RUN_COMPLETED = 'MissionRunCompleted';

/** The 7 mission-next event types (the reserved one included); immutable at run time. */
export const MISSION_NEXT_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  MISSION_RUN_STARTED,
  NEXT_STEP_PLANNED,
  NEXT_STEP_ISSUED,
  NEXT_STEP_AUTO_COMPLETED,
  DECISION_INPUT_REQUESTED,
  DECISION_INPUT_ANSWERED,
  MISSION_RUN_COMPLETED,
]);

/** Mission run execution states. */
export enum MissionRunStatus {
  RUNNING = 'running',
  COMPLETED = 'completed',
}

/** `{COMPLETED}`; immutable at run time. */
export const TERMINAL_RUN_STATUSES: ReadonlySet<MissionRunStatus> = frozenSet<MissionRunStatus>([MissionRunStatus.COMPLETED]);

/** The enum as the validation layer describes it (`IsPyEnum`). */
export const MISSION_RUN_STATUS_ENUM: EnumDescriptor<MissionRunStatus> = Object.freeze({
  name: 'MissionRunStatus',
  description: 'Mission run execution states.',
  values: Object.freeze([MissionRunStatus.RUNNING, MissionRunStatus.COMPLETED]),
});
