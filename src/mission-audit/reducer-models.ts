/** The mission-audit reducer's output model (reference `mission_audit.py` §6). Frozen, unknown keys forbidden; no published schema. */
import { Described, ForbidExtra, IsLaxInt, IsNested, IsPyEnum, IsPyString, IsTupleOf, WireModel, initFromDict, nestedType, pyStringType } from '../validation';
import { AUDIT_SEVERITY_ENUM, AUDIT_STATUS_ENUM, AUDIT_VERDICT_ENUM, AuditStatus, type AuditSeverity, type AuditVerdict } from './constants';
import { AuditArtifactRef, MissionAuditAnomaly, PendingDecision } from './payloads';

const NONE: readonly never[] = Object.freeze([]);

/** Constructor input: the same plain object `fromDict` takes (every key optional). */
export type ReducedMissionAuditStateInit = Readonly<Record<string, unknown>>;

@ForbidExtra()
@Described('Deterministic projection output of reduce_mission_audit_events() (FR-012–FR-014, R-005).')
export class ReducedMissionAuditState extends WireModel {
  @IsPyEnum(AUDIT_STATUS_ENUM, { default: AuditStatus.PENDING })
  readonly audit_status!: AuditStatus;

  @IsPyEnum(AUDIT_VERDICT_ENUM, { nullable: true })
  readonly verdict!: AuditVerdict | null;

  @IsPyEnum(AUDIT_SEVERITY_ENUM, { nullable: true })
  readonly severity!: AuditSeverity | null;

  @IsLaxInt({}, { nullable: true })
  readonly findings_count!: number | null;

  @IsNested(() => AuditArtifactRef, { nullable: true })
  readonly artifact_ref!: AuditArtifactRef | null;

  @IsNested(() => AuditArtifactRef, { nullable: true })
  readonly partial_artifact_ref!: AuditArtifactRef | null;

  @IsPyString({}, { nullable: true })
  readonly summary!: string | null;

  @IsPyString({}, { nullable: true })
  readonly error_code!: string | null;

  @IsPyString({}, { nullable: true })
  readonly error_message!: string | null;

  @IsTupleOf(nestedType(() => PendingDecision), { default: () => NONE })
  readonly pending_decisions!: readonly PendingDecision[];

  @IsPyString({}, { nullable: true })
  readonly mission_id!: string | null;

  @IsPyString({}, { nullable: true })
  readonly run_id!: string | null;

  @IsPyString({}, { nullable: true })
  readonly mission_slug!: string | null;

  @IsLaxInt({}, { nullable: true })
  readonly mission_number!: number | null;

  @IsPyString({}, { nullable: true })
  readonly mission_type!: string | null;

  @IsPyString({}, { nullable: true })
  readonly trigger_mode!: string | null;

  @IsPyString({}, { nullable: true })
  readonly enforcement_mode!: string | null;

  @IsTupleOf(pyStringType(), { nullable: true })
  readonly audit_scope!: readonly string[] | null;

  @IsPyString({}, { nullable: true })
  readonly audit_scope_hash!: string | null;

  @IsTupleOf(nestedType(() => MissionAuditAnomaly), { default: () => NONE })
  readonly anomalies!: readonly MissionAuditAnomaly[];

  @IsLaxInt({}, { default: 0 })
  readonly event_count!: number;

  /** `new ReducedMissionAuditState()` is the empty state; an argument is validated as `fromDict` does. */
  constructor(data: ReducedMissionAuditStateInit = {}) {
    super();
    initFromDict(this, ReducedMissionAuditState, data);
  }
}
