/**
 * The 14 collaboration payload models (COLLABORATION.md §5). Each validates the `payload` of
 * the event type of the same name; the reducer never uses them (it reads raw keys, §8.6).
 */
import { EventPayload } from '../../registry/registry';
import { IsListOf, IsLiteral, IsNested, IsPyString, WireModel, pyStringType } from '../../validation';
import {
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  POTENTIAL_STEP_COLLISION_DETECTED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from './constants';
import { FocusTarget, ParticipantIdentity } from './identity';

const NON_EMPTY = { minLength: 1 } as const;
const MISSION_CONTEXT = 'Mission context';

export const DRIVE_INTENTS = ['active', 'inactive'] as const;
export type DriveIntent = (typeof DRIVE_INTENTS)[number];
export const STEP_OUTCOMES = ['success', 'failure', 'skipped'] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];
export const WARNING_SEVERITIES = ['info', 'warning'] as const;
export type WarningSeverity = (typeof WARNING_SEVERITIES)[number];
export const ACKNOWLEDGEMENTS = ['continue', 'hold', 'reassign', 'defer'] as const;
export type Acknowledgement = (typeof ACKNOWLEDGEMENTS)[number];
export const LINK_TYPES = ['cli_to_saas', 'saas_to_cli'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

@EventPayload(PARTICIPANT_INVITED, 'participant_invited_payload', { contracts: ['2.1.0'], description: 'Typed payload for ParticipantInvited events.' })
export class ParticipantInvitedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Invited participant' })
  readonly participant_id!: string;

  @IsNested(() => ParticipantIdentity, { description: 'Full structured identity' })
  readonly participant_identity!: ParticipantIdentity;

  @IsPyString(NON_EMPTY, { description: 'participant_id of inviter' })
  readonly invited_by!: string;

  @IsPyString(NON_EMPTY, { description: 'Target mission' })
  readonly mission_id!: string;
}

@EventPayload(PARTICIPANT_JOINED, 'participant_joined_payload', { contracts: ['2.1.0'], description: 'Typed payload for ParticipantJoined events.' })
export class ParticipantJoinedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Joining participant' })
  readonly participant_id!: string;

  @IsNested(() => ParticipantIdentity, { description: 'Full structured identity' })
  readonly participant_identity!: ParticipantIdentity;

  @IsPyString(NON_EMPTY, { description: 'Target mission' })
  readonly mission_id!: string;

  @IsPyString({}, { nullable: true, description: 'Auth principal bound at join time (present in live traffic)' })
  readonly auth_principal_id!: string | null;
}

@EventPayload(PARTICIPANT_LEFT, 'participant_left_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for ParticipantLeft events.' })
export class ParticipantLeftPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Departing participant' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Mission being left' })
  readonly mission_id!: string;

  @IsPyString({}, { nullable: true, description: "Departure reason (e.g., 'disconnect', 'explicit')" })
  readonly reason!: string | null;
}

@EventPayload(PRESENCE_HEARTBEAT, 'presence_heartbeat_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for PresenceHeartbeat events.' })
export class PresenceHeartbeatPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Heartbeat source' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsPyString({}, { nullable: true, description: 'Specific session sending heartbeat' })
  readonly session_id!: string | null;
}

@EventPayload(DRIVE_INTENT_SET, 'drive_intent_set_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for DriveIntentSet events.' })
export class DriveIntentSetPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Participant declaring intent' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsLiteral(DRIVE_INTENTS, { description: 'Drive intent state' })
  readonly intent!: DriveIntent;
}

@EventPayload(FOCUS_CHANGED, 'focus_changed_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for FocusChanged events.' })
export class FocusChangedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Participant changing focus' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsNested(() => FocusTarget, { description: 'New focus target' })
  readonly focus_target!: FocusTarget;

  @IsNested(() => FocusTarget, { nullable: true, description: 'Previous focus (if any)' })
  readonly previous_focus_target!: FocusTarget | null;
}

@EventPayload(PROMPT_STEP_EXECUTION_STARTED, 'prompt_step_execution_started_payload', { contracts: ['2.1.0', '6.1.0'],
  description: 'Typed payload for PromptStepExecutionStarted events.',
})
export class PromptStepExecutionStartedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Executing participant' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Step identifier' })
  readonly step_id!: string;

  @IsPyString({}, { nullable: true, description: 'Work package being targeted' })
  readonly wp_id!: string | null;

  @IsPyString({}, { nullable: true, description: 'Human-readable step description' })
  readonly step_description!: string | null;
}

@EventPayload(PROMPT_STEP_EXECUTION_COMPLETED, 'prompt_step_execution_completed_payload', { contracts: ['2.1.0', '6.1.0'],
  description: 'Typed payload for PromptStepExecutionCompleted events.',
})
export class PromptStepExecutionCompletedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Completing participant' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Step identifier' })
  readonly step_id!: string;

  @IsPyString({}, { nullable: true, description: 'Work package targeted' })
  readonly wp_id!: string | null;

  @IsLiteral(STEP_OUTCOMES, { description: 'Step outcome' })
  readonly outcome!: StepOutcome;
}

@EventPayload(CONCURRENT_DRIVER_WARNING, 'concurrent_driver_warning_payload', { contracts: ['2.1.0', '6.1.0'],
  description: 'Typed payload for ConcurrentDriverWarning events.',
})
export class ConcurrentDriverWarningPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Unique warning identifier' })
  readonly warning_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsListOf(pyStringType(), { minItems: 2 }, { description: 'All concurrent active drivers on overlapping target' })
  readonly participant_ids!: readonly string[];

  @IsNested(() => FocusTarget, { description: 'Shared focus target triggering warning' })
  readonly focus_target!: FocusTarget;

  @IsLiteral(WARNING_SEVERITIES, { description: 'Warning severity level' })
  readonly severity!: WarningSeverity;
}

@EventPayload(POTENTIAL_STEP_COLLISION_DETECTED, 'potential_step_collision_detected_payload', { contracts: ['2.1.0', '6.1.0'],
  description: 'Typed payload for PotentialStepCollisionDetected events.',
})
export class PotentialStepCollisionDetectedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Unique warning identifier' })
  readonly warning_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsListOf(pyStringType(), { minItems: 2 }, { description: 'Colliding participants' })
  readonly participant_ids!: readonly string[];

  @IsPyString(NON_EMPTY, { description: 'Colliding step' })
  readonly step_id!: string;

  @IsPyString({}, { nullable: true, description: 'Work package context' })
  readonly wp_id!: string | null;

  @IsLiteral(WARNING_SEVERITIES, { description: 'Warning severity level' })
  readonly severity!: WarningSeverity;
}

@EventPayload(WARNING_ACKNOWLEDGED, 'warning_acknowledged_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for WarningAcknowledged events.' })
export class WarningAcknowledgedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Acknowledging participant' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Warning being acknowledged' })
  readonly warning_id!: string;

  @IsLiteral(ACKNOWLEDGEMENTS, { description: 'Response action' })
  readonly acknowledgement!: Acknowledgement;
}

@EventPayload(COMMENT_POSTED, 'comment_posted_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for CommentPosted events.' })
export class CommentPostedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Comment author' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Unique comment identifier' })
  readonly comment_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Comment text' })
  readonly content!: string;

  @IsPyString({}, { nullable: true, description: 'Parent comment_id for threading' })
  readonly reply_to!: string | null;
}

@EventPayload(DECISION_CAPTURED, 'decision_captured_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for DecisionCaptured events.' })
export class DecisionCapturedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Decision author' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Unique decision identifier' })
  readonly decision_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Decision topic/question' })
  readonly topic!: string;

  @IsPyString(NON_EMPTY, { description: 'Selected option' })
  readonly chosen_option!: string;

  @IsPyString({}, { nullable: true, description: 'Reasoning for the decision' })
  readonly rationale!: string | null;

  @IsPyString({}, { nullable: true, description: 'Warning that prompted this decision' })
  readonly referenced_warning_id!: string | null;
}

@EventPayload(SESSION_LINKED, 'session_linked_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for SessionLinked events.' })
export class SessionLinkedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Participant linking sessions' })
  readonly participant_id!: string;

  @IsPyString(NON_EMPTY, { description: MISSION_CONTEXT })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Primary session' })
  readonly primary_session_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Session being linked' })
  readonly linked_session_id!: string;

  @IsLiteral(LINK_TYPES, { description: 'Direction of link' })
  readonly link_type!: LinkType;
}
