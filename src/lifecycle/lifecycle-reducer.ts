/**
 * The 6.1.0 lifecycle reducer (reference `reduce_lifecycle_events` at 6.1.0): the 2.1.0 fold
 * (`src/pipeline/lifecycle-fold.ts`) with the 6.1.0 rules. Before the terminal-state guard:
 * - `MissionCreated` / `MissionClosed`: an invalid payload is an anomaly, a valid one changes
 *   nothing (catalog events, accepted in any state);
 * - `MissionReopened`: valid only on a terminal mission (then the status becomes `reopened`,
 *   an actionable state), else `MissionReopened before completion (mission not terminal)`;
 * - `FollowUpRecorded`: valid only on a terminal mission (status unchanged), else
 *   `FollowUpRecorded before completion (mission not terminal)`.
 * Work-package events go to the 6.1.0 status reducer.
 */
import type { Event } from '../envelope/event';
import { LifecycleFoldReducer, reduceLifecycleLog, type LifecycleRules, type PreTerminalRule } from '../pipeline/lifecycle-fold';
import { StatusReducer } from '../status/status-reducer';
import { MISSION_PAYLOAD_CLASSES } from '../v2/lifecycle/lifecycle-reducer';
import { LifecycleAnomaly } from '../v2/lifecycle/reducer-models';
import {
  FOLLOW_UP_RECORDED,
  MISSION_CLOSED,
  MISSION_CREATED,
  MISSION_EVENT_TYPES,
  MISSION_REOPENED,
  MissionStatus,
  TERMINAL_MISSION_STATUSES,
} from './constants';
import { FollowUpRecordedPayload, MissionClosedPayload, MissionCreatedPayload, MissionReopenedPayload } from './payloads';
import { ReducedMissionState } from './reducer-models';

const STATUS_NAMES: Readonly<Record<MissionStatus, string>> = Object.freeze({
  [MissionStatus.ACTIVE]: 'ACTIVE',
  [MissionStatus.COMPLETED]: 'COMPLETED',
  [MissionStatus.CANCELLED]: 'CANCELLED',
  [MissionStatus.REOPENED]: 'REOPENED',
});

/** How the reference writes a status inside a message: `MissionStatus.COMPLETED`. */
function statusText(status: MissionStatus): string {
  return `MissionStatus.${STATUS_NAMES[status]}`;
}

const isTerminal = (status: MissionStatus | null): boolean => status !== null && TERMINAL_MISSION_STATUSES.has(status);

/** A catalog event: any state, no effect. */
const catalog = (payloadClass: PreTerminalRule<MissionStatus>['payloadClass']): PreTerminalRule<MissionStatus> =>
  Object.freeze({ payloadClass, onValid: (status: MissionStatus | null) => ({ status }) });

/** A post-mission event: only on a terminal mission; `after` is the status it leaves. */
const postMission = (
  eventType: string,
  payloadClass: PreTerminalRule<MissionStatus>['payloadClass'],
  after: (status: MissionStatus) => MissionStatus,
): PreTerminalRule<MissionStatus> =>
  Object.freeze({
    payloadClass,
    onValid: (status: MissionStatus | null) =>
      isTerminal(status) ? { status: after(status!) } : { anomaly: `${eventType} before completion (mission not terminal)` },
  });

const RULES_6_1: LifecycleRules<MissionStatus, ReducedMissionState> = Object.freeze({
  missionEventTypes: MISSION_EVENT_TYPES,
  payloads: MISSION_PAYLOAD_CLASSES,
  active: MissionStatus.ACTIVE,
  completed: MissionStatus.COMPLETED,
  cancelled: MissionStatus.CANCELLED,
  terminal: TERMINAL_MISSION_STATUSES,
  statusText,
  preTerminal: new Map<string, PreTerminalRule<MissionStatus>>([
    [MISSION_CREATED, catalog(MissionCreatedPayload)],
    [MISSION_CLOSED, catalog(MissionClosedPayload)],
    [MISSION_REOPENED, postMission(MISSION_REOPENED, MissionReopenedPayload, () => MissionStatus.REOPENED)],
    [FOLLOW_UP_RECORDED, postMission(FOLLOW_UP_RECORDED, FollowUpRecordedPayload, (status) => status)],
  ]),
  statusReducer: () => new StatusReducer(),
  anomalyClass: LifecycleAnomaly,
  resultClass: ReducedMissionState,
});

/**
 * The 6.1.0 lifecycle reducer as an incremental fold: `apply` events in any order, read `state`
 * at any time; the result always equals `reduceLifecycleEvents` over every event applied so far.
 */
export class LifecycleReducer extends LifecycleFoldReducer<MissionStatus, ReducedMissionState> {
  constructor() {
    super(RULES_6_1);
  }
}

/**
 * Reduces a 6.1.0 lifecycle event log to the projected mission state. Pure. Payload problems
 * become anomalies; the only error that escapes is the status reducer's own.
 */
export function reduceLifecycleEvents(events: readonly Event[]): ReducedMissionState {
  return reduceLifecycleLog(RULES_6_1, events);
}
