/**
 * Mission-audit value objects and payload models (reference `mission_audit.py` §4, §5).
 * Frozen, unknown keys forbidden; descriptions are the reference's (its JSON Schemas).
 */
import { ContentHashRef, ProvenanceRef } from '../dossier/payloads';
import { EventPayload } from '../registry';
import { Described, ForbidExtra, IsLaxInt, IsListOf, IsLiteral, IsNested, IsPyEnum, IsPyString, WireModel, pyStringType } from '../validation';
import {
  AUDIT_SEVERITY_ENUM,
  AUDIT_VERDICT_ENUM,
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_FAILED,
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
  type AuditSeverity,
  type AuditVerdict,
} from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const V6 = ['6.1.0'] as const;

/** The mission identity every mission-audit payload carries. */
export interface MissionAuditIdentity {
  readonly mission_id: string;
  readonly run_id: string;
  readonly mission_slug: string;
  readonly mission_number: number;
  readonly mission_type: string;
  readonly actor: string;
}

/** The six identity fields every mission-audit payload starts with (inherited, in this order). */
export abstract class MissionAuditIdentityFields extends WireModel implements MissionAuditIdentity {
  @IsPyString(NON_EMPTY)
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY)
  readonly run_id!: string;

  @IsPyString(NON_EMPTY)
  readonly mission_slug!: string;

  @IsLaxInt({ ge: 1 })
  readonly mission_number!: number;

  @IsPyString(NON_EMPTY)
  readonly mission_type!: string;

  @IsPyString(NON_EMPTY)
  readonly actor!: string;
}

@ForbidExtra()
@Described('Links an audit report to its content hash and provenance.')
export class AuditArtifactRef extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly report_path!: string;

  @IsNested(() => ContentHashRef)
  readonly content_hash!: ContentHashRef;

  @IsNested(() => ProvenanceRef)
  readonly provenance!: ProvenanceRef;
}

@ForbidExtra()
@Described('Tracks an unresolved decision checkpoint within the reducer.')
export class PendingDecision extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly decision_id!: string;

  @IsPyString()
  readonly question!: string;

  @IsPyString()
  readonly context_summary!: string;

  @IsPyEnum(AUDIT_SEVERITY_ENUM)
  readonly severity!: AuditSeverity;
}

@ForbidExtra()
@Described('Non-fatal issue recorded during reduction.\n\nValid kind values: "event_before_requested", "event_after_terminal",\n"duplicate_decision_id", "unrecognized_event_type".')
export class MissionAuditAnomaly extends WireModel {
  @IsPyString()
  readonly kind!: string;

  @IsPyString()
  readonly event_id!: string;

  @IsPyString()
  readonly message!: string;
}

@ForbidExtra()
@EventPayload(MISSION_AUDIT_REQUESTED, 'mission_audit_requested_payload', { contracts: [...V6], description: 'Payload for MissionAuditRequested events (FR-003).' })
export class MissionAuditRequestedPayload extends MissionAuditIdentityFields {
  @IsLiteral(['manual', 'post_merge'] as const)
  readonly trigger_mode!: 'manual' | 'post_merge';

  @IsListOf(pyStringType(), { minItems: 1 })
  readonly audit_scope!: readonly string[];

  @IsLiteral(['advisory', 'blocking'] as const)
  readonly enforcement_mode!: 'advisory' | 'blocking';
}

@ForbidExtra()
@EventPayload(MISSION_AUDIT_STARTED, 'mission_audit_started_payload', { contracts: [...V6], description: 'Payload for MissionAuditStarted events (FR-004).' })
export class MissionAuditStartedPayload extends MissionAuditIdentityFields {
  @IsPyString(NON_EMPTY)
  readonly audit_scope_hash!: string;
}

@ForbidExtra()
@EventPayload(MISSION_AUDIT_DECISION_REQUESTED, 'mission_audit_decision_requested_payload', { contracts: [...V6], description: 'Payload for MissionAuditDecisionRequested events (FR-005).' })
export class MissionAuditDecisionRequestedPayload extends MissionAuditIdentityFields {
  @IsPyString(NON_EMPTY)
  readonly decision_id!: string;

  @IsPyString()
  readonly question!: string;

  @IsPyString()
  readonly context_summary!: string;

  @IsPyEnum(AUDIT_SEVERITY_ENUM)
  readonly severity!: AuditSeverity;
}

@ForbidExtra()
@EventPayload(MISSION_AUDIT_COMPLETED, 'mission_audit_completed_payload', { contracts: [...V6], description: 'Payload for MissionAuditCompleted events (FR-006).\n\nartifact_ref is required — not Optional. If artifact generation fails,\nthe emitter MUST emit MissionAuditFailed instead.' })
export class MissionAuditCompletedPayload extends MissionAuditIdentityFields {
  @IsPyEnum(AUDIT_VERDICT_ENUM)
  readonly verdict!: AuditVerdict;

  @IsPyEnum(AUDIT_SEVERITY_ENUM)
  readonly severity!: AuditSeverity;

  @IsLaxInt({ ge: 0 })
  readonly findings_count!: number;

  @IsNested(() => AuditArtifactRef)
  readonly artifact_ref!: AuditArtifactRef;

  @IsPyString()
  readonly summary!: string;
}

@ForbidExtra()
@EventPayload(MISSION_AUDIT_FAILED, 'mission_audit_failed_payload', { contracts: [...V6], description: 'Payload for MissionAuditFailed events (FR-007).' })
export class MissionAuditFailedPayload extends MissionAuditIdentityFields {
  @IsPyString(NON_EMPTY)
  readonly error_code!: string;

  @IsPyString()
  readonly error_message!: string;

  @IsNested(() => AuditArtifactRef, { nullable: true })
  readonly partial_artifact_ref!: AuditArtifactRef | null;
}
