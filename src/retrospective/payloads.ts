/**
 * Retrospective payload models (reference `retrospective.py` §3, §4): the two legacy terminal
 * payloads and the dotted runtime lifecycle/proposal payloads, with the runtime's short alias
 * names. Frozen, unknown keys forbidden; descriptions are the reference's.
 */
import { ProvenanceRef } from '../dossier/payloads';
import { EventPayload, SchemaModel } from '../registry';
import { ForbidExtra, IsIsoTimestampString, IsLaxInt, IsLiteral, IsMapOf, IsNested, IsPyString, WireModel, laxIntType } from '../validation';
import {
  RETROSPECTIVE_COMPLETED,
  RETROSPECTIVE_COMPLETED_EVENT,
  RETROSPECTIVE_FAILED_EVENT,
  RETROSPECTIVE_PROPOSAL_APPLIED_EVENT,
  RETROSPECTIVE_PROPOSAL_GENERATED_EVENT,
  RETROSPECTIVE_PROPOSAL_REJECTED_EVENT,
  RETROSPECTIVE_REQUESTED_EVENT,
  RETROSPECTIVE_SKIPPED,
  RETROSPECTIVE_SKIPPED_EVENT,
  RETROSPECTIVE_STARTED_EVENT,
} from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const V6 = ['6.1.0'] as const;

/** The reference's `TriggerSourceT` literal alias: the allowed values (frozen) and their type. */
export const TriggerSourceT: readonly ['runtime', 'operator', 'policy'] = Object.freeze(['runtime', 'operator', 'policy'] as const);
export type TriggerSourceT = (typeof TriggerSourceT)[number];
const RETROSPECTIVE_ACTOR_KINDS = ['human', 'agent', 'runtime'] as const;
export type RetrospectiveActorKind = (typeof RETROSPECTIVE_ACTOR_KINDS)[number];
const RETROSPECTIVE_MODE_VALUES = ['autonomous', 'human_in_command'] as const;
export type RetrospectiveModeValue = (typeof RETROSPECTIVE_MODE_VALUES)[number];
const RETROSPECTIVE_MODE_SOURCE_KINDS = ['charter_override', 'explicit_flag', 'environment', 'parent_process'] as const;
export type RetrospectiveModeSourceKind = (typeof RETROSPECTIVE_MODE_SOURCE_KINDS)[number];
const RETROSPECTIVE_PROPOSAL_REJECTED_REASONS = ['human_decline', 'conflict', 'stale_evidence', 'invalid_payload'] as const;
export type RetrospectiveProposalRejectedReason = (typeof RETROSPECTIVE_PROPOSAL_REJECTED_REASONS)[number];

@ForbidExtra()
@EventPayload(RETROSPECTIVE_COMPLETED, 'retrospective_completed_payload', { contracts: [...V6], description: 'Payload for RetrospectiveCompleted events.\n\nEmitted when a retrospective step runs and produces a durable outcome.' })
export class RetrospectiveCompletedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission identifier' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Actor who triggered the retrospective' })
  readonly actor!: string;

  @IsLiteral(TriggerSourceT, { description: 'What initiated the retrospective' })
  readonly trigger_source!: TriggerSourceT;

  @IsNested(() => ProvenanceRef, { nullable: true, description: 'Reference to retro artifact if one was produced' })
  readonly artifact_ref!: ProvenanceRef | null;

  @IsIsoTimestampString(NON_EMPTY, { description: 'ISO 8601 completion timestamp' })
  readonly completed_at!: string;
}

@ForbidExtra()
@EventPayload(RETROSPECTIVE_SKIPPED, 'retrospective_skipped_payload', { contracts: [...V6], description: 'Payload for RetrospectiveSkipped events.\n\nEmitted when a retrospective step is explicitly skipped.' })
export class RetrospectiveSkippedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission identifier' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Actor who decided to skip' })
  readonly actor!: string;

  @IsLiteral(TriggerSourceT, { description: 'What would have initiated the retrospective' })
  readonly trigger_source!: TriggerSourceT;

  @IsPyString(NON_EMPTY, { description: 'Why the retrospective was skipped' })
  readonly skip_reason!: string;

  @IsIsoTimestampString(NON_EMPTY, { description: 'ISO 8601 skip decision timestamp' })
  readonly skipped_at!: string;
}

@ForbidExtra()
@SchemaModel('retrospective_actor_ref', { contracts: [...V6], description: 'Actor reference embedded in runtime retrospective events.' })
export class RetrospectiveActorRef extends WireModel {
  @IsLiteral(RETROSPECTIVE_ACTOR_KINDS)
  readonly kind!: RetrospectiveActorKind;

  @IsPyString(NON_EMPTY)
  readonly id!: string;

  @IsPyString({}, { nullable: true })
  readonly profile_id!: string | null;
}

@ForbidExtra()
@SchemaModel('retrospective_mode_source_signal', { contracts: [...V6], description: 'How retrospective execution mode was resolved.' })
export class RetrospectiveModeSourceSignal extends WireModel {
  @IsLiteral(RETROSPECTIVE_MODE_SOURCE_KINDS)
  readonly kind!: RetrospectiveModeSourceKind;

  @IsPyString(NON_EMPTY)
  readonly evidence!: string;
}

@ForbidExtra()
@SchemaModel('retrospective_mode', { contracts: [...V6], description: 'Resolved retrospective execution mode.' })
export class RetrospectiveMode extends WireModel {
  @IsLiteral(RETROSPECTIVE_MODE_VALUES)
  readonly value!: RetrospectiveModeValue;

  @IsNested(() => RetrospectiveModeSourceSignal)
  readonly source_signal!: RetrospectiveModeSourceSignal;
}

@ForbidExtra()
@EventPayload(RETROSPECTIVE_REQUESTED_EVENT, 'retrospective_requested_payload', { contracts: [...V6], description: 'Payload for ``retrospective.requested`` events.' })
export class RetrospectiveRequestedPayload extends WireModel {
  @IsNested(() => RetrospectiveMode)
  readonly mode!: RetrospectiveMode;

  @IsPyString(NON_EMPTY)
  readonly terminus_step_id!: string;

  @IsNested(() => RetrospectiveActorRef)
  readonly requested_by!: RetrospectiveActorRef;
}

@ForbidExtra()
@EventPayload(RETROSPECTIVE_STARTED_EVENT, 'retrospective_started_payload', { contracts: [...V6], description: 'Payload for ``retrospective.started`` events.' })
export class RetrospectiveStartedPayload extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly facilitator_profile_id!: string;

  @IsPyString(NON_EMPTY)
  readonly action_id!: string;
}

@ForbidExtra()
@EventPayload(RETROSPECTIVE_COMPLETED_EVENT, 'retrospective_lifecycle_completed_payload', { contracts: [...V6], description: 'Payload for ``retrospective.completed`` events.' })
export class RetrospectiveLifecycleCompletedPayload extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly record_path!: string;

  @IsPyString(NON_EMPTY)
  readonly record_hash!: string;

  @IsMapOf(laxIntType())
  readonly findings_summary!: ReadonlyMap<string, number>;

  @IsLaxInt({ ge: 0 })
  readonly proposals_count!: number;
}

@ForbidExtra()
@EventPayload(RETROSPECTIVE_SKIPPED_EVENT, 'retrospective_lifecycle_skipped_payload', { contracts: [...V6], description: 'Payload for ``retrospective.skipped`` events.' })
export class RetrospectiveLifecycleSkippedPayload extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly record_path!: string;

  @IsPyString(NON_EMPTY)
  readonly skip_reason!: string;

  @IsNested(() => RetrospectiveActorRef)
  readonly skipped_by!: RetrospectiveActorRef;
}

@ForbidExtra()
@EventPayload(RETROSPECTIVE_FAILED_EVENT, 'retrospective_failed_payload', { contracts: [...V6], description: 'Payload for ``retrospective.failed`` events.' })
export class RetrospectiveFailedPayload extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly failure_code!: string;

  @IsPyString(NON_EMPTY)
  readonly message!: string;

  @IsPyString({}, { nullable: true })
  readonly record_path!: string | null;
}

@ForbidExtra()
@EventPayload(RETROSPECTIVE_PROPOSAL_GENERATED_EVENT, 'retrospective_proposal_generated_payload', { contracts: [...V6], description: 'Payload for ``retrospective.proposal.generated`` events.' })
export class RetrospectiveProposalGeneratedPayload extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly proposal_id!: string;

  @IsPyString(NON_EMPTY)
  readonly kind!: string;

  @IsPyString(NON_EMPTY)
  readonly record_path!: string;
}

@ForbidExtra()
@EventPayload(RETROSPECTIVE_PROPOSAL_APPLIED_EVENT, 'retrospective_proposal_applied_payload', { contracts: [...V6], description: 'Payload for ``retrospective.proposal.applied`` events.' })
export class RetrospectiveProposalAppliedPayload extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly proposal_id!: string;

  @IsPyString(NON_EMPTY)
  readonly kind!: string;

  @IsPyString(NON_EMPTY)
  readonly target_urn!: string;

  @IsPyString(NON_EMPTY)
  readonly provenance_ref!: string;

  @IsNested(() => RetrospectiveActorRef)
  readonly applied_by!: RetrospectiveActorRef;
}

@ForbidExtra()
@EventPayload(RETROSPECTIVE_PROPOSAL_REJECTED_EVENT, 'retrospective_proposal_rejected_payload', { contracts: [...V6], description: 'Payload for ``retrospective.proposal.rejected`` events.' })
export class RetrospectiveProposalRejectedPayload extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly proposal_id!: string;

  @IsPyString(NON_EMPTY)
  readonly kind!: string;

  @IsLiteral(RETROSPECTIVE_PROPOSAL_REJECTED_REASONS)
  readonly reason!: RetrospectiveProposalRejectedReason;

  @IsPyString(NON_EMPTY)
  readonly detail!: string;

  @IsNested(() => RetrospectiveActorRef)
  readonly rejected_by!: RetrospectiveActorRef;
}

/** Short aliases: the runtime-local model names used by the CLI before this surface moved here. */
export const RequestedPayload = RetrospectiveRequestedPayload;
export type RequestedPayload = RetrospectiveRequestedPayload;
export const StartedPayload = RetrospectiveStartedPayload;
export type StartedPayload = RetrospectiveStartedPayload;
export const CompletedPayload = RetrospectiveLifecycleCompletedPayload;
export type CompletedPayload = RetrospectiveLifecycleCompletedPayload;
export const SkippedPayload = RetrospectiveLifecycleSkippedPayload;
export type SkippedPayload = RetrospectiveLifecycleSkippedPayload;
export const FailedPayload = RetrospectiveFailedPayload;
export type FailedPayload = RetrospectiveFailedPayload;
export const ProposalGeneratedPayload = RetrospectiveProposalGeneratedPayload;
export type ProposalGeneratedPayload = RetrospectiveProposalGeneratedPayload;
export const ProposalAppliedPayload = RetrospectiveProposalAppliedPayload;
export type ProposalAppliedPayload = RetrospectiveProposalAppliedPayload;
export const ProposalRejectedPayload = RetrospectiveProposalRejectedPayload;
export type ProposalRejectedPayload = RetrospectiveProposalRejectedPayload;
