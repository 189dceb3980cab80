/**
 * The DecisionPoint reducer (reference `decisionpoint.py` §7): events → `ReducedDecisionPointState`.
 *
 * Pipeline: stable sort by `(lamport_clock, timestamp, event_id)` → dedup by `event_id` →
 * count (every type) → fold the DecisionPoint types in order. Per event: after `overridden`
 * every event is `event_after_terminal`; a second Widened while widened is absorbed silently;
 * a transition outside the state machine is `invalid_transition`; the payload is parsed (a
 * union payload without `origin_surface` defaults to `adr`), failing as `malformed_payload`;
 * an `origin_surface` differing from the first seen is `origin_mismatch` (still applied); ADR
 * variants enforce the authority and LLM policies; then the event's projection applies.
 * Never throws.
 */
import { isPlainObject } from '../conventions/own-keys';
import { pyRepr } from '../conventions/py-repr';
import { EventLogReducer, REDUCE_LOG } from '../pipeline/event-log-reducer';
import type { PipelineEvent } from '../pipeline/status-fold';
import { renderValidationErrorText } from '../v2/status/payload-error-text';
import { constructModel, modelNameOf, type ModelClass } from '../validation';
import type { DiscriminatedUnionModel } from '../validation/constraints/is-discriminated-union';
import {
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_EVENT_TYPES,
  DECISION_POINT_OPENED,
  DECISION_POINT_OVERRIDDEN,
  DECISION_POINT_RESOLVED,
  DECISION_POINT_WIDENED,
  DecisionAuthorityRole,
  DecisionPointState,
  OriginSurface,
  type OriginFlow,
  type TerminalOutcome,
} from './constants';
import { WideningProjection, type ClosureMessageRef, type SummaryBlock } from './decision-moment';
import type { ParticipantIdentity } from '../collaboration/identity';
import {
  DecisionPointDiscussingAdrPayload,
  DecisionPointDiscussingInterviewPayload,
  DecisionPointDiscussingPayload,
  DecisionPointOpenedAdrPayload,
  DecisionPointOpenedInterviewPayload,
  DecisionPointOpenedPayload,
  DecisionPointOverriddenPayload,
  DecisionPointResolvedAdrPayload,
  DecisionPointResolvedInterviewPayload,
  DecisionPointResolvedPayload,
  DecisionPointWidenedPayload,
} from './payloads';
import { DecisionPointAnomaly, ReducedDecisionPointState } from './reducer-models';

/** The event shape the reducer reads (6.1.0 and 2.1.0 envelopes both fit it). */
export type DecisionPointEvent = PipelineEvent;

const S = DecisionPointState;

const EVENT_TO_STATE: ReadonlyMap<string, DecisionPointState> = new Map([
  [DECISION_POINT_OPENED, S.OPEN],
  [DECISION_POINT_WIDENED, S.WIDENED],
  [DECISION_POINT_DISCUSSING, S.DISCUSSING],
  [DECISION_POINT_RESOLVED, S.RESOLVED],
  [DECISION_POINT_OVERRIDDEN, S.OVERRIDDEN],
]);

const ALLOWED: ReadonlyMap<DecisionPointState | null, ReadonlySet<DecisionPointState>> = new Map<DecisionPointState | null, ReadonlySet<DecisionPointState>>([
  [null, new Set([S.OPEN])],
  [S.OPEN, new Set([S.WIDENED, S.DISCUSSING, S.RESOLVED])],
  [S.WIDENED, new Set([S.WIDENED, S.DISCUSSING, S.RESOLVED])],
  [S.DISCUSSING, new Set([S.DISCUSSING, S.RESOLVED])],
  [S.RESOLVED, new Set([S.OVERRIDDEN])],
  [S.OVERRIDDEN, new Set<DecisionPointState>()],
]);

const AUTHORITY_REQUIRED: ReadonlySet<DecisionPointState> = new Set([S.RESOLVED, S.OVERRIDDEN]);

type AnyPayload =
  | DecisionPointOpenedAdrPayload
  | DecisionPointOpenedInterviewPayload
  | DecisionPointWidenedPayload
  | DecisionPointDiscussingAdrPayload
  | DecisionPointDiscussingInterviewPayload
  | DecisionPointResolvedAdrPayload
  | DecisionPointResolvedInterviewPayload
  | DecisionPointOverriddenPayload;

type AdrPayload = DecisionPointOpenedAdrPayload | DecisionPointDiscussingAdrPayload | DecisionPointResolvedAdrPayload | DecisionPointOverriddenPayload;

type Parser = { readonly union: DiscriminatedUnionModel<AnyPayload> } | { readonly model: ModelClass<AnyPayload> };

const PARSERS: ReadonlyMap<string, Parser> = new Map<string, Parser>([
  [DECISION_POINT_OPENED, { union: DecisionPointOpenedPayload }],
  [DECISION_POINT_WIDENED, { model: DecisionPointWidenedPayload }],
  [DECISION_POINT_DISCUSSING, { union: DecisionPointDiscussingPayload }],
  [DECISION_POINT_RESOLVED, { union: DecisionPointResolvedPayload }],
  [DECISION_POINT_OVERRIDDEN, { model: DecisionPointOverriddenPayload }],
]);

const SURFACE_MEMBER: Readonly<Record<OriginSurface, string>> = { [OriginSurface.ADR]: 'ADR', [OriginSurface.PLANNING_INTERVIEW]: 'PLANNING_INTERVIEW' };

/** An OriginSurface as Python's `repr` writes it (`<OriginSurface.ADR: 'adr'>`). */
function surfaceRepr(surface: OriginSurface): string {
  return `<OriginSurface.${SURFACE_MEMBER[surface]}: '${surface}'>`;
}

function pyBool(value: boolean): string {
  return value ? 'True' : 'False';
}

/** Parses a payload as the reference's reducer does: the instance, or pydantic's error text. */
function parsePayload(parser: Parser, payload: Record<string, unknown>): { ok: true; value: AnyPayload } | { ok: false; text: string } {
  if ('union' in parser) {
    // The union's own default (absent origin_surface → adr) is the reference's parse_dict.
    const result = parser.union.safeFromDict(payload);
    return result.ok ? { ok: true, value: result.value } : { ok: false, text: renderValidationErrorText(parser.union.title, result.violations) };
  }
  const result = (parser.model as unknown as { safeFromDict(data: unknown): { ok: true; value: AnyPayload } | { ok: false; violations: readonly import('../validation').Violation[] } }).safeFromDict(payload);
  return result.ok ? { ok: true, value: result.value } : { ok: false, text: renderValidationErrorText(modelNameOf(parser.model), result.violations) };
}

function isAdrVariant(payload: AnyPayload): payload is AdrPayload {
  return (
    payload instanceof DecisionPointOpenedAdrPayload ||
    payload instanceof DecisionPointDiscussingAdrPayload ||
    payload instanceof DecisionPointResolvedAdrPayload ||
    payload instanceof DecisionPointOverriddenPayload
  );
}

interface Projection {
  state: DecisionPointState | null;
  decision_point_id: string | null;
  mission_id: string | null;
  run_id: string | null;
  mission_slug: string | null;
  mission_type: string | null;
  phase: string | null;
  last_actor_id: string | null;
  last_actor_type: string | null;
  last_authority_role: DecisionAuthorityRole | null;
  last_rationale: string | null;
  last_alternatives_considered: readonly string[] | null;
  last_evidence_refs: readonly string[] | null;
  last_state_entered_at: unknown;
  origin_surface: OriginSurface | null;
  origin_flow: OriginFlow | null;
  question: string | null;
  options: readonly string[] | null;
  input_key: string | null;
  step_id: string | null;
  widening: WideningProjection | null;
  terminal_outcome: TerminalOutcome | null;
  final_answer: string | null;
  other_answer: boolean;
  summary: SummaryBlock | null;
  actual_participants: readonly ParticipantIdentity[];
  resolved_by: string | null;
  closed_locally_while_widened: boolean;
  closure_message: ClosureMessageRef | null;
}

function emptyProjection(): Projection {
  return {
    state: null,
    decision_point_id: null,
    mission_id: null,
    run_id: null,
    mission_slug: null,
    mission_type: null,
    phase: null,
    last_actor_id: null,
    last_actor_type: null,
    last_authority_role: null,
    last_rationale: null,
    last_alternatives_considered: null,
    last_evidence_refs: null,
    last_state_entered_at: null,
    origin_surface: null,
    origin_flow: null,
    question: null,
    options: null,
    input_key: null,
    step_id: null,
    widening: null,
    terminal_outcome: null,
    final_answer: null,
    other_answer: false,
    summary: null,
    actual_participants: Object.freeze([]),
    resolved_by: null,
    closed_locally_while_widened: false,
    closure_message: null,
  };
}

/**
 * The DecisionPoint reducer as an incremental fold: `apply` events in any order, read `state`
 * at any time; the result always equals `reduceDecisionPointEvents` over every event applied so far.
 */
export class DecisionPointReducer extends EventLogReducer<ReducedDecisionPointState> {
  private p: Projection = emptyProjection();
  private surfaceSeen: OriginSurface | null = null;
  private anomalies: DecisionPointAnomaly[] = [];

  /** Every event counts (`event_count` is taken after dedup, before the family filter). */
  protected keeps(): boolean {
    return true;
  }

  protected reset(): void {
    this.p = emptyProjection();
    this.surfaceSeen = null;
    this.anomalies = [];
  }

  private anomaly(kind: string, eventId: string, message: string): void {
    this.anomalies.push(constructModel(DecisionPointAnomaly, { kind, event_id: eventId, message }));
  }

  protected step(event: DecisionPointEvent): void {
    const type = event.event_type;
    if (!DECISION_POINT_EVENT_TYPES.has(type)) return;
    const id = event.event_id;
    const target = EVENT_TO_STATE.get(type)!;
    const p = this.p;
    const current = p.state;
    if (current === S.OVERRIDDEN) return this.anomaly('event_after_terminal', id, `Event ${pyRepr(type)} arrived after terminal state 'overridden'`);
    if (target === S.WIDENED && current === S.WIDENED) return;
    if (!ALLOWED.get(current)!.has(target)) return this.anomaly('invalid_transition', id, `Invalid transition: ${current ?? 'None'} -> ${target}`);

    const raw: Record<string, unknown> = isPlainObject(event.payload) ? event.payload : {};
    const parsed = parsePayload(PARSERS.get(type)!, raw);
    if (!parsed.ok) return this.anomaly('malformed_payload', id, `Payload validation failed for ${pyRepr(type)}: ${parsed.text}`);
    const payload = parsed.value;

    const surface = payload.origin_surface;
    if (surface !== null) {
      if (this.surfaceSeen === null) this.surfaceSeen = surface;
      else if (this.surfaceSeen !== surface) {
        const dpid = Object.prototype.hasOwnProperty.call(raw, 'decision_point_id') ? raw.decision_point_id : '?';
        this.anomaly(
          'origin_mismatch',
          id,
          `Event origin_surface=${surfaceRepr(surface)} differs from prior ${surfaceRepr(this.surfaceSeen)} for decision_point_id=${pyRepr(dpid)}`,
        );
      }
    }

    if (isAdrVariant(payload)) {
      if (
        AUTHORITY_REQUIRED.has(target) &&
        (payload.actor_type !== 'human' || payload.authority_role !== DecisionAuthorityRole.MISSION_OWNER || !payload.mission_owner_authority_flag)
      ) {
        return this.anomaly(
          'authority_policy_violation',
          id,
          `${pyRepr(type)} requires actor_type='human', authority_role='mission_owner', and mission_owner_authority_flag=True; got ` +
            `actor_type=${pyRepr(payload.actor_type)}, authority_role=${pyRepr(payload.authority_role)}, mission_owner_authority_flag=${pyBool(payload.mission_owner_authority_flag)}`,
        );
      }
      if (payload.actor_type === 'llm') {
        if (payload.phase !== 'P0') return this.anomaly('llm_policy_violation', id, `LLM actor only allowed in phase='P0'; got phase=${pyRepr(payload.phase)}`);
        if (payload.authority_role !== DecisionAuthorityRole.ADVISORY && payload.authority_role !== DecisionAuthorityRole.INFORMED) {
          return this.anomaly('llm_policy_violation', id, `LLM actor must have advisory or informed role; got authority_role=${pyRepr(payload.authority_role)}`);
        }
        if (payload.mission_owner_authority_flag) return this.anomaly('llm_policy_violation', id, 'LLM actor must not carry mission-owner authority');
      }
    }

    p.state = target;
    p.decision_point_id = payload.decision_point_id;
    p.mission_id = payload.mission_id;
    p.run_id = payload.run_id;
    p.mission_slug = payload.mission_slug;
    p.mission_type = payload.mission_type;
    if (isAdrVariant(payload)) {
      p.phase = payload.phase;
      p.last_actor_id = payload.actor_id;
      p.last_actor_type = payload.actor_type;
      p.last_authority_role = payload.authority_role;
      p.last_rationale = payload.rationale;
      p.last_alternatives_considered = payload.alternatives_considered;
      p.last_evidence_refs = payload.evidence_refs;
      p.last_state_entered_at = payload.state_entered_at;
      if (payload instanceof DecisionPointOpenedAdrPayload) p.origin_surface = OriginSurface.ADR;
    } else if (payload instanceof DecisionPointOpenedInterviewPayload) {
      p.phase = payload.phase;
      p.last_actor_id = payload.actor_id;
      p.last_actor_type = payload.actor_type;
      p.last_state_entered_at = payload.state_entered_at;
      p.origin_surface = OriginSurface.PLANNING_INTERVIEW;
      p.origin_flow = payload.origin_flow;
      p.question = payload.question;
      p.options = payload.options;
      p.input_key = payload.input_key;
      p.step_id = payload.step_id;
    } else if (payload instanceof DecisionPointWidenedPayload) {
      p.widening = constructModel(WideningProjection, {
        channel: payload.channel,
        teamspace_ref: payload.teamspace_ref,
        default_channel_ref: payload.default_channel_ref,
        thread_ref: payload.thread_ref,
        invited_participants: payload.invited_participants,
        widened_by: payload.widened_by,
        widened_at: payload.widened_at,
      });
    } else if (payload instanceof DecisionPointDiscussingInterviewPayload) {
      p.last_actor_id = payload.actor_id;
      p.last_actor_type = payload.actor_type;
      p.last_state_entered_at = payload.state_entered_at;
    } else {
      this.resolvedInterview(payload, id);
    }
  }

  private resolvedInterview(payload: DecisionPointResolvedInterviewPayload, id: string): void {
    const p = this.p;
    p.last_state_entered_at = payload.state_entered_at;
    p.last_rationale = payload.rationale;
    p.terminal_outcome = payload.terminal_outcome;
    p.final_answer = payload.final_answer;
    p.other_answer = payload.other_answer;
    p.summary = payload.summary;
    p.actual_participants = payload.actual_participants;
    p.resolved_by = payload.resolved_by;
    p.closure_message = payload.closure_message;
    if (p.widening !== null && payload.summary === null) {
      this.anomaly(
        'missing_summary',
        id,
        'DecisionPointResolved with origin=planning_interview requires summary when a prior DecisionPointWidened exists for this decision_point_id',
      );
    }
    if (payload.closed_locally_while_widened && p.widening === null) {
      this.anomaly('invalid_transition', id, `closed_locally_while_widened=True without prior DecisionPointWidened (event_id=${pyRepr(id)})`);
      p.closed_locally_while_widened = false;
    } else {
      p.closed_locally_while_widened = payload.closed_locally_while_widened;
    }
  }

  protected finish(log: readonly DecisionPointEvent[]): ReducedDecisionPointState {
    return constructModel(ReducedDecisionPointState, {
      ...this.p,
      anomalies: Object.freeze(this.anomalies.slice()),
      event_count: log.length,
    });
  }
}

/** Folds DecisionPoint events into the projected state. Pure; never throws. */
export function reduceDecisionPointEvents(events: readonly DecisionPointEvent[]): ReducedDecisionPointState {
  return new DecisionPointReducer()[REDUCE_LOG](events);
}
