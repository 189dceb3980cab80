/**
 * The DecisionPoint payload models (reference `decisionpoint.py` §5). Opened, Discussing and
 * Resolved are discriminated unions on `origin_surface` (`adr` | `planning_interview`); their
 * factories (`DecisionPointOpenedPayload`, ...) accept every variant and default an absent
 * `origin_surface` to `adr`, as the reference's do. Frozen, unknown keys forbidden.
 */
import { ParticipantIdentity } from '../collaboration/identity';
import { EventPayload, registryFor } from '../registry/registry';
import {
  Described,
  ForbidExtra,
  IsLaxBool,
  IsLiteral,
  IsNested,
  IsPyDateTime,
  IsPyEnum,
  IsPyString,
  IsTupleOf,
  WireModel,
  defineModelRule,
  nestedType,
  pyStringType,
  type ModelClass,
  type PyDateTime,
} from '../validation';
import { discriminatedUnionModel, type DiscriminatedUnionModel } from '../validation/constraints/is-discriminated-union';
import {
  ACTOR_TYPES,
  DECISION_AUTHORITY_ROLE_ENUM,
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_OPENED,
  DECISION_POINT_OVERRIDDEN,
  DECISION_POINT_RESOLVED,
  DECISION_POINT_WIDENED,
  DISCUSSING_SNAPSHOT_KIND_ENUM,
  ORIGIN_FLOW_ENUM,
  ORIGIN_SURFACE_ENUM,
  OriginSurface,
  TERMINAL_OUTCOME_ENUM,
  TerminalOutcome,
  type ActorType,
  type DecisionAuthorityRole,
  type DiscussingSnapshotKind,
  type OriginFlow,
  WideningChannel,
} from './constants';
import { IsEnumLiteral } from './enum-literal';
import { ClosureMessageRef, DefaultChannelRef, SummaryBlock, TeamspaceRef, ThreadRef } from './decision-moment';

const NON_EMPTY = { minLength: 1 } as const;
const V6 = ['6.1.0'] as const;
const NONE: readonly never[] = Object.freeze([]);

/** The fields every ADR-style payload shares, `origin_surface` = `adr` first. */
@ForbidExtra()
export abstract class DecisionPointAdrFields extends WireModel {
  @IsEnumLiteral('OriginSurface', 'ADR', OriginSurface.ADR)
  readonly origin_surface!: OriginSurface | null;

  @IsPyString(NON_EMPTY) readonly decision_point_id!: string;
  @IsPyString(NON_EMPTY) readonly mission_id!: string;
  @IsPyString(NON_EMPTY) readonly run_id!: string;
  @IsPyString(NON_EMPTY) readonly mission_slug!: string;
  @IsPyString(NON_EMPTY) readonly mission_type!: string;
  @IsPyString(NON_EMPTY) readonly phase!: string;

  @IsPyString(NON_EMPTY) readonly actor_id!: string;
  @IsLiteral<ActorType>(ACTOR_TYPES) readonly actor_type!: ActorType;
  @IsPyEnum(DECISION_AUTHORITY_ROLE_ENUM) readonly authority_role!: DecisionAuthorityRole;
  @IsLaxBool() readonly mission_owner_authority_flag!: boolean;
  @IsPyString() readonly mission_owner_authority_path!: string;

  @IsPyString(NON_EMPTY) readonly rationale!: string;
  @IsTupleOf(pyStringType(), {}, { minItems: 1 }) readonly alternatives_considered!: readonly string[];
  @IsTupleOf(pyStringType(), {}, { minItems: 1 }) readonly evidence_refs!: readonly string[];

  @IsPyDateTime() readonly state_entered_at!: PyDateTime;
  @IsPyDateTime() readonly recorded_at!: PyDateTime;
}

/** The identifying fields every interview-origin payload shares. */
@ForbidExtra()
export abstract class DecisionPointInterviewFields extends WireModel {
  @IsEnumLiteral('OriginSurface', 'PLANNING_INTERVIEW', OriginSurface.PLANNING_INTERVIEW)
  readonly origin_surface!: OriginSurface;

  @IsPyString(NON_EMPTY) readonly decision_point_id!: string;
  @IsPyString(NON_EMPTY) readonly mission_id!: string;
  @IsPyString(NON_EMPTY) readonly run_id!: string;
  @IsPyString(NON_EMPTY) readonly mission_slug!: string;
  @IsPyString(NON_EMPTY) readonly mission_type!: string;
}

// ── Opened ──────────────────────────────────────────────────────────────────

@Described('3.x-compatible ADR-style Opened payload.')
export class DecisionPointOpenedAdrPayload extends DecisionPointAdrFields {
  declare readonly origin_surface: OriginSurface;
}

@ForbidExtra()
@Described('V1 interview-origin Opened payload (ask-time).')
export class DecisionPointOpenedInterviewPayload extends DecisionPointInterviewFields {
  @IsPyString(NON_EMPTY) readonly phase!: string;

  @IsPyEnum(ORIGIN_FLOW_ENUM) readonly origin_flow!: OriginFlow;
  @IsPyString(NON_EMPTY) readonly question!: string;
  @IsTupleOf(pyStringType(), {}, { minItems: 0 }) readonly options!: readonly string[];
  @IsPyString(NON_EMPTY) readonly input_key!: string;
  @IsPyString(NON_EMPTY) readonly step_id!: string;

  @IsPyString(NON_EMPTY) readonly actor_id!: string;
  @IsLiteral<ActorType>(ACTOR_TYPES) readonly actor_type!: ActorType;

  @IsPyDateTime() readonly state_entered_at!: PyDateTime;
  @IsPyDateTime() readonly recorded_at!: PyDateTime;
}

/** Either variant of the Opened payload. */
export type DecisionPointOpenedPayload = DecisionPointOpenedAdrPayload | DecisionPointOpenedInterviewPayload;

/** The Opened payload factory: every variant, `origin_surface` defaulting to `adr`. */
export const DecisionPointOpenedPayload: DiscriminatedUnionModel<DecisionPointOpenedPayload> = discriminatedUnionModel(
  'DecisionPointOpenedPayload',
  'origin_surface',
  { adr: () => DecisionPointOpenedAdrPayload, planning_interview: () => DecisionPointOpenedInterviewPayload },
  { tagEnum: ORIGIN_SURFACE_ENUM.name, defaultTag: OriginSurface.ADR },
);

// ── Widened ─────────────────────────────────────────────────────────────────

@ForbidExtra()
@EventPayload(DECISION_POINT_WIDENED, 'decision_point_widened_payload', {
  contracts: [...V6],
  description: 'V1-only: one Slack thread created for an interview-origin Decision Moment.',
})
export class DecisionPointWidenedPayload extends DecisionPointInterviewFields {
  @IsEnumLiteral('WideningChannel', 'SLACK', WideningChannel.SLACK) readonly channel!: WideningChannel;
  @IsNested(() => TeamspaceRef) readonly teamspace_ref!: TeamspaceRef;
  @IsNested(() => DefaultChannelRef) readonly default_channel_ref!: DefaultChannelRef;
  @IsNested(() => ThreadRef) readonly thread_ref!: ThreadRef;
  @IsTupleOf(nestedType(() => ParticipantIdentity), { reportAll: true, default: () => NONE })
  readonly invited_participants!: readonly ParticipantIdentity[];

  @IsPyString(NON_EMPTY) readonly widened_by!: string;
  @IsPyDateTime() readonly widened_at!: PyDateTime;
  @IsPyDateTime() readonly recorded_at!: PyDateTime;
}

// ── Discussing ──────────────────────────────────────────────────────────────

@Described('3.x-compatible ADR-style Discussing payload.')
export class DecisionPointDiscussingAdrPayload extends DecisionPointAdrFields {
  declare readonly origin_surface: OriginSurface;
}

@ForbidExtra()
@Described('V1: synthesized contribution snapshot for interview-origin discussion.')
export class DecisionPointDiscussingInterviewPayload extends DecisionPointInterviewFields {
  @IsPyEnum(DISCUSSING_SNAPSHOT_KIND_ENUM) readonly snapshot_kind!: DiscussingSnapshotKind;
  @IsTupleOf(pyStringType(), { default: () => NONE }) readonly contributions!: readonly string[];

  @IsPyString(NON_EMPTY) readonly actor_id!: string;
  @IsLiteral<ActorType>(ACTOR_TYPES) readonly actor_type!: ActorType;

  @IsPyDateTime() readonly state_entered_at!: PyDateTime;
  @IsPyDateTime() readonly recorded_at!: PyDateTime;
}

export type DecisionPointDiscussingPayload = DecisionPointDiscussingAdrPayload | DecisionPointDiscussingInterviewPayload;

export const DecisionPointDiscussingPayload: DiscriminatedUnionModel<DecisionPointDiscussingPayload> = discriminatedUnionModel(
  'DecisionPointDiscussingPayload',
  'origin_surface',
  { adr: () => DecisionPointDiscussingAdrPayload, planning_interview: () => DecisionPointDiscussingInterviewPayload },
  { tagEnum: ORIGIN_SURFACE_ENUM.name, defaultTag: OriginSurface.ADR },
);

// ── Resolved ────────────────────────────────────────────────────────────────

@Described('3.x-compatible ADR-style Resolved payload.')
export class DecisionPointResolvedAdrPayload extends DecisionPointAdrFields {
  declare readonly origin_surface: OriginSurface;
}

@ForbidExtra()
@Described('V1 interview-origin Resolved payload.')
export class DecisionPointResolvedInterviewPayload extends DecisionPointInterviewFields {
  @IsPyEnum(TERMINAL_OUTCOME_ENUM) readonly terminal_outcome!: TerminalOutcome;
  @IsPyString({}, { nullable: true }) readonly final_answer!: string | null;
  @IsLaxBool({ default: false }) readonly other_answer!: boolean;
  @IsPyString({}, { nullable: true }) readonly rationale!: string | null;
  @IsNested(() => SummaryBlock, { nullable: true }) readonly summary!: SummaryBlock | null;
  @IsTupleOf(nestedType(() => ParticipantIdentity), { reportAll: true, default: () => NONE })
  readonly actual_participants!: readonly ParticipantIdentity[];

  @IsPyString(NON_EMPTY) readonly resolved_by!: string;
  @IsLaxBool({ default: false }) readonly closed_locally_while_widened!: boolean;
  @IsNested(() => ClosureMessageRef, { nullable: true }) readonly closure_message!: ClosureMessageRef | null;

  @IsPyDateTime() readonly state_entered_at!: PyDateTime;
  @IsPyDateTime() readonly recorded_at!: PyDateTime;
}

defineModelRule<DecisionPointResolvedInterviewPayload>(DecisionPointResolvedInterviewPayload, (p) => {
  if (p.terminal_outcome === TerminalOutcome.RESOLVED) {
    return p.final_answer === null || p.final_answer.length === 0 ? 'final_answer is required when terminal_outcome=resolved' : null;
  }
  if (p.final_answer !== null) return `final_answer must be absent when terminal_outcome=${p.terminal_outcome}`;
  if (p.rationale === null || p.rationale.length === 0) return `rationale is required when terminal_outcome=${p.terminal_outcome}`;
  if (p.other_answer) return `other_answer must be False when terminal_outcome=${p.terminal_outcome}`;
  return null;
});

export type DecisionPointResolvedPayload = DecisionPointResolvedAdrPayload | DecisionPointResolvedInterviewPayload;

export const DecisionPointResolvedPayload: DiscriminatedUnionModel<DecisionPointResolvedPayload> = discriminatedUnionModel(
  'DecisionPointResolvedPayload',
  'origin_surface',
  { adr: () => DecisionPointResolvedAdrPayload, planning_interview: () => DecisionPointResolvedInterviewPayload },
  {
    tagEnum: ORIGIN_SURFACE_ENUM.name,
    defaultTag: OriginSurface.ADR,
    variantTitles: { planning_interview: 'function-after[_enforce_outcome_fields(), DecisionPointResolvedInterviewPayload]' },
  },
);

// ── Overridden ──────────────────────────────────────────────────────────────

@EventPayload(DECISION_POINT_OVERRIDDEN, 'decision_point_overridden_payload', { contracts: [...V6], description: 'Payload for DecisionPointOverridden events.' })
export class DecisionPointOverriddenPayload extends DecisionPointAdrFields {
  @IsPyEnum(ORIGIN_SURFACE_ENUM, { nullable: true })
  override readonly origin_surface!: OriginSurface | null;
}

// The union factories are registered as the payload of their event type (a callable target:
// the conformance engine calls its `safeFromDict`, the schema generator reads its `unionSpec`).
for (const [eventType, schemaName, factory] of [
  [DECISION_POINT_OPENED, 'decision_point_opened_payload', DecisionPointOpenedPayload],
  [DECISION_POINT_DISCUSSING, 'decision_point_discussing_payload', DecisionPointDiscussingPayload],
  [DECISION_POINT_RESOLVED, 'decision_point_resolved_payload', DecisionPointResolvedPayload],
] as const) {
  registryFor('6.1.0').add({ kind: 'model', schemaName, eventType, target: factory as unknown as ModelClass<object> });
}
