/**
 * The DecisionPoint reducer's output models (reference `decisionpoint.py` §4, §6):
 * `DecisionPointAnomaly` (unknown keys forbidden) and `ReducedDecisionPointState` (unknown
 * keys ignored). Frozen; no published schema.
 */
import { ParticipantIdentity } from '../collaboration/identity';
import {
  Described,
  ForbidExtra,
  IsLaxBool,
  IsLaxInt,
  IsNested,
  IsPyDateTime,
  IsPyEnum,
  IsPyString,
  IsTupleOf,
  WireModel,
  initFromDict,
  nestedType,
  pyStringType,
  type PyDateTime,
} from '../validation';
import {
  DECISION_AUTHORITY_ROLE_ENUM,
  DECISION_POINT_STATE_ENUM,
  ORIGIN_FLOW_ENUM,
  ORIGIN_SURFACE_ENUM,
  TERMINAL_OUTCOME_ENUM,
  type DecisionAuthorityRole,
  type DecisionPointState,
  type OriginFlow,
  type OriginSurface,
  type TerminalOutcome,
} from './constants';
import { ClosureMessageRef, SummaryBlock, WideningProjection } from './decision-moment';

const NONE: readonly never[] = Object.freeze([]);

/**
 * Non-fatal issue recorded during DecisionPoint reduction. Kinds: `invalid_transition`,
 * `authority_policy_violation`, `llm_policy_violation`, `malformed_payload`,
 * `event_after_terminal`, `origin_mismatch`, `missing_summary`.
 */
@ForbidExtra()
@Described('Non-fatal issue recorded during DecisionPoint reduction.')
export class DecisionPointAnomaly extends WireModel {
  @IsPyString() readonly kind!: string;
  @IsPyString() readonly event_id!: string;
  @IsPyString() readonly message!: string;
}

/** Constructor input: the same plain object `fromDict` takes (every key optional). */
export type ReducedDecisionPointStateInit = Readonly<Record<string, unknown>>;

@Described('Deterministic projection output of reduce_decision_point_events().')
export class ReducedDecisionPointState extends WireModel {
  @IsPyEnum(DECISION_POINT_STATE_ENUM, { nullable: true }) readonly state!: DecisionPointState | null;
  @IsPyString({}, { nullable: true }) readonly decision_point_id!: string | null;
  @IsPyString({}, { nullable: true }) readonly mission_id!: string | null;
  @IsPyString({}, { nullable: true }) readonly run_id!: string | null;
  @IsPyString({}, { nullable: true }) readonly mission_slug!: string | null;
  @IsPyString({}, { nullable: true }) readonly mission_type!: string | null;
  @IsPyString({}, { nullable: true }) readonly phase!: string | null;
  @IsPyString({}, { nullable: true }) readonly last_actor_id!: string | null;
  @IsPyString({}, { nullable: true }) readonly last_actor_type!: string | null;
  @IsPyEnum(DECISION_AUTHORITY_ROLE_ENUM, { nullable: true }) readonly last_authority_role!: DecisionAuthorityRole | null;
  @IsPyString({}, { nullable: true }) readonly last_rationale!: string | null;
  @IsTupleOf(pyStringType(), { nullable: true }) readonly last_alternatives_considered!: readonly string[] | null;
  @IsTupleOf(pyStringType(), { nullable: true }) readonly last_evidence_refs!: readonly string[] | null;
  @IsPyDateTime({ nullable: true }) readonly last_state_entered_at!: PyDateTime | null;
  @IsTupleOf(nestedType(() => DecisionPointAnomaly), { reportAll: true, default: () => NONE }) readonly anomalies!: readonly DecisionPointAnomaly[];
  @IsLaxInt({}, { default: 0 }) readonly event_count!: number;

  @IsPyEnum(ORIGIN_SURFACE_ENUM, { nullable: true }) readonly origin_surface!: OriginSurface | null;
  @IsPyEnum(ORIGIN_FLOW_ENUM, { nullable: true }) readonly origin_flow!: OriginFlow | null;
  @IsPyString({}, { nullable: true }) readonly question!: string | null;
  @IsTupleOf(pyStringType(), { nullable: true }) readonly options!: readonly string[] | null;
  @IsPyString({}, { nullable: true }) readonly input_key!: string | null;
  @IsPyString({}, { nullable: true }) readonly step_id!: string | null;
  @IsNested(() => WideningProjection, { nullable: true }) readonly widening!: WideningProjection | null;
  @IsPyEnum(TERMINAL_OUTCOME_ENUM, { nullable: true }) readonly terminal_outcome!: TerminalOutcome | null;
  @IsPyString({}, { nullable: true }) readonly final_answer!: string | null;
  @IsLaxBool({ default: false }) readonly other_answer!: boolean;
  @IsNested(() => SummaryBlock, { nullable: true }) readonly summary!: SummaryBlock | null;
  @IsTupleOf(nestedType(() => ParticipantIdentity), { reportAll: true, default: () => NONE })
  readonly actual_participants!: readonly ParticipantIdentity[];
  @IsPyString({}, { nullable: true }) readonly resolved_by!: string | null;
  @IsLaxBool({ default: false }) readonly closed_locally_while_widened!: boolean;
  @IsNested(() => ClosureMessageRef, { nullable: true }) readonly closure_message!: ClosureMessageRef | null;

  /** `new ReducedDecisionPointState()` is the empty state; an argument is validated as `fromDict` does. */
  constructor(data: ReducedDecisionPointStateInit = {}) {
    super();
    initFromDict(this, ReducedDecisionPointState, data);
  }
}
