/**
 * The mission-audit reducer (reference `mission_audit.py` §7): events → `ReducedMissionAuditState`.
 *
 * Pipeline: stable sort of every event by `(lamport_clock, timestamp, event_id)` → dedup by
 * `event_id` → `event_count` (all families) → fold the 5 mission-audit types in order. After a
 * terminal event (completed/failed) every event is an `event_after_terminal` anomaly; an event
 * before `MissionAuditRequested` is an `event_before_requested` anomaly and is still applied; a
 * repeated `decision_id` is a `duplicate_decision_id` anomaly. The first payload sets the mission
 * identity. A payload that does not parse throws `ValidationError` (the reference's
 * `model_validate` is not guarded).
 */
import { pyRepr } from '../conventions';
import { ValidationError } from '../envelope/errors';
import { EventLogReducer, REDUCE_LOG } from '../pipeline/event-log-reducer';
import type { PipelineEvent } from '../pipeline/status-fold';
import { INVALID, constructModel, modelNameOf, parseModel, unreadableViolation, type ModelClass, type Violation } from '../validation';
import { renderValidationErrorText } from '../v2/status/payload-error-text';
import {
  AuditStatus,
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_EVENT_TYPES,
  MISSION_AUDIT_FAILED,
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
  type AuditSeverity,
  type AuditVerdict,
} from './constants';
import {
  MissionAuditAnomaly,
  MissionAuditCompletedPayload,
  MissionAuditDecisionRequestedPayload,
  MissionAuditFailedPayload,
  MissionAuditRequestedPayload,
  MissionAuditStartedPayload,
  PendingDecision,
  type AuditArtifactRef,
  type MissionAuditIdentity,
} from './payloads';
import { ReducedMissionAuditState } from './reducer-models';

/** The event shape the reducer reads (6.1.0 and 2.1.0 envelopes both fit it). */
export type MissionAuditEvent = PipelineEvent;

/** `model_validate` of the payload (a non-object payload reads as `{}`); throws the library `ValidationError`. */
function parseStrict<M>(model: ModelClass<M>, payload: unknown): M {
  const input = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload : {};
  const out: Violation[] = [];
  let parsed: M | typeof INVALID;
  try {
    parsed = parseModel(model, input, [], out);
  } catch (error) {
    out.length = 0;
    out.push(unreadableViolation([], error));
    parsed = INVALID;
  }
  if (parsed === INVALID) throw new ValidationError(renderValidationErrorText(modelNameOf(model), out), out, modelNameOf(model));
  return parsed;
}

/**
 * The mission-audit reducer as an incremental fold: `apply` events in any order, read `state`
 * at any time; the result always equals `reduceMissionAuditEvents` over every event applied so
 * far (a payload error is thrown by `state`).
 */
export class MissionAuditReducer extends EventLogReducer<ReducedMissionAuditState> {
  private status = AuditStatus.PENDING;
  private verdict: AuditVerdict | null = null;
  private severity: AuditSeverity | null = null;
  private findingsCount: number | null = null;
  private artifactRef: AuditArtifactRef | null = null;
  private partialArtifactRef: AuditArtifactRef | null = null;
  private summary: string | null = null;
  private errorCode: string | null = null;
  private errorMessage: string | null = null;
  private pending: PendingDecision[] = [];
  private pendingIds = new Set<string>();
  private identity: MissionAuditIdentity | null = null;
  private triggerMode: string | null = null;
  private enforcementMode: string | null = null;
  private auditScope: readonly string[] | null = null;
  private auditScopeHash: string | null = null;
  private anomalies: MissionAuditAnomaly[] = [];
  private requestedSeen = false;
  private terminalSeen = false;

  protected keeps(): boolean {
    return true;
  }

  protected reset(): void {
    this.status = AuditStatus.PENDING;
    this.verdict = null;
    this.severity = null;
    this.findingsCount = null;
    this.artifactRef = null;
    this.partialArtifactRef = null;
    this.summary = null;
    this.errorCode = null;
    this.errorMessage = null;
    this.pending = [];
    this.pendingIds = new Set();
    this.identity = null;
    this.triggerMode = null;
    this.enforcementMode = null;
    this.auditScope = null;
    this.auditScopeHash = null;
    this.anomalies = [];
    this.requestedSeen = false;
    this.terminalSeen = false;
  }

  private anomaly(kind: string, event: MissionAuditEvent, message: string): void {
    this.anomalies.push(constructModel(MissionAuditAnomaly, { kind, event_id: event.event_id, message }));
  }

  private adopt(identity: MissionAuditIdentity): void {
    if (this.identity === null) this.identity = identity;
  }

  private terminal(status: AuditStatus): void {
    this.pending = [];
    this.pendingIds = new Set();
    this.status = status;
    this.terminalSeen = true;
  }

  protected step(event: MissionAuditEvent): void {
    const type = event.event_type;
    if (!MISSION_AUDIT_EVENT_TYPES.has(type)) return;
    if (this.terminalSeen) return this.anomaly('event_after_terminal', event, `Event ${pyRepr(type)} arrived after terminal state`);
    if (!this.requestedSeen && type !== MISSION_AUDIT_REQUESTED) {
      this.anomaly('event_before_requested', event, `Event ${pyRepr(type)} arrived before MissionAuditRequested`);
    }
    switch (type) {
      case MISSION_AUDIT_REQUESTED: {
        this.requestedSeen = true;
        const p = parseStrict(MissionAuditRequestedPayload, event.payload);
        this.identity = p;
        this.triggerMode = p.trigger_mode;
        this.enforcementMode = p.enforcement_mode;
        this.auditScope = Object.freeze(p.audit_scope.slice());
        return;
      }
      case MISSION_AUDIT_STARTED: {
        const p = parseStrict(MissionAuditStartedPayload, event.payload);
        this.auditScopeHash = p.audit_scope_hash;
        this.adopt(p);
        this.status = AuditStatus.RUNNING;
        return;
      }
      case MISSION_AUDIT_DECISION_REQUESTED: {
        const p = parseStrict(MissionAuditDecisionRequestedPayload, event.payload);
        if (this.pendingIds.has(p.decision_id)) {
          this.anomaly('duplicate_decision_id', event, `Duplicate decision_id: ${pyRepr(p.decision_id)}`);
        } else {
          this.pendingIds.add(p.decision_id);
          this.pending.push(constructModel(PendingDecision, { decision_id: p.decision_id, question: p.question, context_summary: p.context_summary, severity: p.severity }));
        }
        this.adopt(p);
        this.status = AuditStatus.AWAITING_DECISION;
        return;
      }
      case MISSION_AUDIT_COMPLETED: {
        const p = parseStrict(MissionAuditCompletedPayload, event.payload);
        this.verdict = p.verdict;
        this.severity = p.severity;
        this.findingsCount = p.findings_count;
        this.artifactRef = p.artifact_ref;
        this.summary = p.summary;
        this.adopt(p);
        return this.terminal(AuditStatus.COMPLETED);
      }
      default: {
        const p = parseStrict(MissionAuditFailedPayload, event.payload);
        this.errorCode = p.error_code;
        this.errorMessage = p.error_message;
        this.partialArtifactRef = p.partial_artifact_ref;
        this.adopt(p);
        return this.terminal(AuditStatus.FAILED);
      }
    }
  }

  protected finish(log: readonly MissionAuditEvent[]): ReducedMissionAuditState {
    const id = this.identity;
    return constructModel(ReducedMissionAuditState, {
      audit_status: this.status,
      verdict: this.verdict,
      severity: this.severity,
      findings_count: this.findingsCount,
      artifact_ref: this.artifactRef,
      partial_artifact_ref: this.partialArtifactRef,
      summary: this.summary,
      error_code: this.errorCode,
      error_message: this.errorMessage,
      pending_decisions: Object.freeze(this.pending.slice()),
      mission_id: id?.mission_id ?? null,
      run_id: id?.run_id ?? null,
      mission_slug: id?.mission_slug ?? null,
      mission_number: id?.mission_number ?? null,
      mission_type: id?.mission_type ?? null,
      trigger_mode: this.triggerMode,
      enforcement_mode: this.enforcementMode,
      audit_scope: this.auditScope,
      audit_scope_hash: this.auditScopeHash,
      anomalies: Object.freeze(this.anomalies.slice()),
      event_count: log.length,
    });
  }
}

/**
 * Folds mission-audit events into the deterministic `ReducedMissionAuditState`. Pure.
 * @throws ValidationError when a mission-audit payload does not validate.
 */
export function reduceMissionAuditEvents(events: readonly MissionAuditEvent[]): ReducedMissionAuditState {
  return new MissionAuditReducer()[REDUCE_LOG](events);
}
