/**
 * The 2.1.0 lifecycle reducer (LIFECYCLE.md §6): mission events → mission status and phases,
 * with `WPStatusChanged` events delegated to the 2.1.0 status reducer. The fold itself (sort,
 * dedup, clock groups with cancel-last, the checks of §6.3, the relabelled WP anomalies, the
 * incremental form) is shared with 6.1.0: `src/pipeline/lifecycle-fold.ts`. 2.1.0 has no rule
 * before the terminal-state guard.
 */
import type { Event } from '../envelope/event';
import { LifecycleFoldReducer, reduceLifecycleLog, type LifecycleRules } from '../../pipeline/lifecycle-fold';
import { StatusReducer } from '../status/status-reducer';
import { MISSION_EVENT_TYPES, MissionStatus, TERMINAL_MISSION_STATUSES, missionStatusText } from './constants';
import {
  MissionCancelledPayload,
  MissionCompletedPayload,
  MissionStartedPayload,
  PhaseEnteredPayload,
  ReviewRollbackPayload,
} from './payloads';
import { LifecycleAnomaly, ReducedMissionState } from './reducer-models';

/** The five payload classes (the same classes serve 6.1.0). */
export const MISSION_PAYLOAD_CLASSES = Object.freeze({
  started: MissionStartedPayload,
  completed: MissionCompletedPayload,
  cancelled: MissionCancelledPayload,
  phaseEntered: PhaseEnteredPayload,
  rollback: ReviewRollbackPayload,
});

const RULES_2_1: LifecycleRules<MissionStatus, ReducedMissionState> = Object.freeze({
  missionEventTypes: MISSION_EVENT_TYPES,
  payloads: MISSION_PAYLOAD_CLASSES,
  active: MissionStatus.ACTIVE,
  completed: MissionStatus.COMPLETED,
  cancelled: MissionStatus.CANCELLED,
  terminal: TERMINAL_MISSION_STATUSES,
  statusText: missionStatusText,
  preTerminal: new Map(),
  statusReducer: () => new StatusReducer(),
  anomalyClass: LifecycleAnomaly,
  resultClass: ReducedMissionState,
});

/**
 * The lifecycle reducer as an incremental fold: `apply` events in any order, read `state` at
 * any time; the result always equals `reduceLifecycleEvents` over every event applied so far.
 * Every event type enters U (unknown types are counted).
 */
export class LifecycleReducer extends LifecycleFoldReducer<MissionStatus, ReducedMissionState> {
  constructor() {
    super(RULES_2_1);
  }
}

/**
 * Reduces a lifecycle event log to the projected mission state (LIFECYCLE.md §6). Pure: the
 * input is not changed and no state is kept between calls. Payload problems become anomalies;
 * the only error that escapes is the status reducer's own (STATUS_AND_GATES.md §11).
 */
export function reduceLifecycleEvents(events: readonly Event[]): ReducedMissionState {
  return reduceLifecycleLog(RULES_2_1, events);
}
