/**
 * The mission-next reducer (reference `mission_next.py` §6): run-scoped mission execution
 * events → `ReducedMissionRunState`.
 *
 * Pipeline: keep the 7 mission-next types → stable sort by `(lamport_clock, timestamp,
 * event_id)` → dedup by `event_id` → fold in order. Per event, the first matching rule decides:
 * the reserved `NextStepPlanned` is skipped; after completion every event is an anomaly
 * (`Duplicate completion (terminal idempotency)` for another completion, `Event after terminal
 * state (MissionRunStatus.COMPLETED)` otherwise); a second start is an anomaly (first one wins);
 * an unparseable payload is `Invalid <type> payload`; anything before the start is `Event before
 * MissionRunStarted`; a payload of another run is a `run_id mismatch`. Never throws.
 *
 * The fold is incremental; each step is O(1) (completed steps are also kept in a set, where
 * the reference scans its list).
 */
import { EventLogReducer, REDUCE_LOG } from '../pipeline/event-log-reducer';
import type { PipelineEvent } from '../pipeline/status-fold';
import { FrozenMap, INVALID, constructModel, parseModel, type ModelClass } from '../validation';
import {
  DECISION_INPUT_ANSWERED,
  DECISION_INPUT_REQUESTED,
  MISSION_NEXT_EVENT_TYPES,
  MISSION_RUN_COMPLETED,
  MISSION_RUN_STARTED,
  MissionRunStatus,
  NEXT_STEP_AUTO_COMPLETED,
  NEXT_STEP_ISSUED,
  NEXT_STEP_PLANNED,
  TERMINAL_RUN_STATUSES,
} from './constants';
import {
  DecisionInputAnsweredPayload,
  DecisionInputRequestedPayload,
  MissionRunCompletedPayload,
  MissionRunStartedPayload,
  NextStepAutoCompletedPayload,
  NextStepIssuedPayload,
} from './payloads';
import { MissionNextAnomaly, ReducedMissionRunState } from './reducer-models';

/** The event shape the reducer reads (6.1.0 and 2.1.0 envelopes both fit it). */
export type MissionNextEvent = PipelineEvent;

const MEMBER_NAMES: ReadonlyMap<MissionRunStatus, string> = new Map([
  [MissionRunStatus.RUNNING, 'RUNNING'],
  [MissionRunStatus.COMPLETED, 'COMPLETED'],
]);

/** A status as the reference's f-string writes it (`MissionRunStatus.COMPLETED`). */
function statusText(status: MissionRunStatus): string {
  return `MissionRunStatus.${MEMBER_NAMES.get(status) ?? String(status)}`;
}

/** Parses a payload; `null` when it does not fit (any failure, as the reference's `except Exception`). */
function parsePayload<M>(model: ModelClass<M>, payload: unknown): M | null {
  try {
    const parsed = parseModel(model, payload, [], []);
    return parsed === INVALID ? null : parsed;
  } catch {
    return null;
  }
}

/** Payloads that must belong to the started run. */
const RUN_PAYLOADS: ReadonlyMap<string, ModelClass<{ readonly run_id: string }>> = new Map<string, ModelClass<{ readonly run_id: string }>>([
  [NEXT_STEP_ISSUED, NextStepIssuedPayload],
  [NEXT_STEP_AUTO_COMPLETED, NextStepAutoCompletedPayload],
  [DECISION_INPUT_REQUESTED, DecisionInputRequestedPayload],
  [DECISION_INPUT_ANSWERED, DecisionInputAnsweredPayload],
  [MISSION_RUN_COMPLETED, MissionRunCompletedPayload],
]);

/**
 * The mission-next reducer as an incremental fold: `apply` events in any order, read `state`
 * at any time; the result always equals `reduceMissionNextEvents` over every event applied so far.
 */
export class MissionNextReducer extends EventLogReducer<ReducedMissionRunState> {
  private runId: string | null = null;
  private missionType: string | null = null;
  private runStatus: MissionRunStatus | null = null;
  private currentStepId: string | null = null;
  private completedSteps: string[] = [];
  private completedSet = new Set<string>();
  private pending = new Map<string, DecisionInputRequestedPayload>();
  private answered = new Map<string, DecisionInputAnsweredPayload>();
  private anomalies: MissionNextAnomaly[] = [];

  protected keeps(event: MissionNextEvent): boolean {
    return MISSION_NEXT_EVENT_TYPES.has(event.event_type);
  }

  protected reset(): void {
    this.runId = null;
    this.missionType = null;
    this.runStatus = null;
    this.currentStepId = null;
    this.completedSteps = [];
    this.completedSet = new Set();
    this.pending = new Map();
    this.answered = new Map();
    this.anomalies = [];
  }

  private anomaly(event: MissionNextEvent, reason: string): void {
    this.anomalies.push(constructModel(MissionNextAnomaly, { event_id: event.event_id, event_type: event.event_type, reason }));
  }

  protected step(event: MissionNextEvent): void {
    const type = event.event_type;
    if (type === NEXT_STEP_PLANNED) return;
    if (this.runStatus !== null && TERMINAL_RUN_STATUSES.has(this.runStatus)) {
      this.anomaly(event, type === MISSION_RUN_COMPLETED ? 'Duplicate completion (terminal idempotency)' : `Event after terminal state (${statusText(this.runStatus)})`);
      return;
    }
    if (type === MISSION_RUN_STARTED) {
      if (this.runId !== null) return this.anomaly(event, 'Duplicate MissionRunStarted (first one wins)');
      const started = parsePayload(MissionRunStartedPayload, event.payload);
      if (started === null) return this.anomaly(event, `Invalid ${MISSION_RUN_STARTED} payload`);
      this.runId = started.run_id;
      this.missionType = started.mission_type;
      this.runStatus = MissionRunStatus.RUNNING;
      return;
    }
    if (this.runId === null) return this.anomaly(event, 'Event before MissionRunStarted');
    const model = RUN_PAYLOADS.get(type);
    if (model === undefined) return;
    const payload = parsePayload(model, event.payload);
    if (payload === null) return this.anomaly(event, `Invalid ${type} payload`);
    if (payload.run_id !== this.runId) return this.anomaly(event, `run_id mismatch: expected '${this.runId}', got '${payload.run_id}'`);
    if (payload instanceof NextStepIssuedPayload) {
      this.currentStepId = payload.step_id;
    } else if (payload instanceof NextStepAutoCompletedPayload) {
      if (!this.completedSet.has(payload.step_id)) {
        this.completedSet.add(payload.step_id);
        this.completedSteps.push(payload.step_id);
      }
      if (this.currentStepId === payload.step_id) this.currentStepId = null;
    } else if (payload instanceof DecisionInputRequestedPayload) {
      if (this.pending.has(payload.decision_id)) this.anomaly(event, `Duplicate decision request '${payload.decision_id}'`);
      else this.pending.set(payload.decision_id, payload);
    } else if (payload instanceof DecisionInputAnsweredPayload) {
      this.answered.set(payload.decision_id, payload);
      this.pending.delete(payload.decision_id);
    } else {
      this.runStatus = MissionRunStatus.COMPLETED;
    }
  }

  protected finish(log: readonly MissionNextEvent[]): ReducedMissionRunState {
    if (log.length === 0) return new ReducedMissionRunState();
    return constructModel(ReducedMissionRunState, {
      run_id: this.runId,
      mission_type: this.missionType,
      run_status: this.runStatus,
      current_step_id: this.currentStepId,
      completed_steps: Object.freeze(this.completedSteps.slice()),
      pending_decisions: new FrozenMap(this.pending),
      answered_decisions: new FrozenMap(this.answered),
      anomalies: Object.freeze(this.anomalies.slice()),
      event_count: log.length,
      last_processed_event_id: log[log.length - 1]!.event_id,
    });
  }
}

/** Folds mission-next events into the projected run state. Pure; never throws. */
export function reduceMissionNextEvents(events: readonly MissionNextEvent[]): ReducedMissionRunState {
  return new MissionNextReducer()[REDUCE_LOG](events);
}
