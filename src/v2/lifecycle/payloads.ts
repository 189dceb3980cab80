/**
 * The 5 mission lifecycle payload models (LIFECYCLE.md §3–§4). All frozen, extra keys
 * ignored, list fields frozen too. Descriptions are the reference's (its JSON Schemas).
 */
import { EventPayload } from '../../registry';
import { IsListOf, IsPyString, WireModel, pyStringType } from '../../validation';
import { MISSION_CANCELLED, MISSION_COMPLETED, MISSION_STARTED, PHASE_ENTERED, REVIEW_ROLLBACK } from './constants';

const NON_EMPTY = { minLength: 1 } as const;

/** A fresh frozen `[]` per instance (pydantic `default_factory=list`; no schema default). */
function emptyList(): readonly string[] {
  return Object.freeze([]) as readonly string[];
}

@EventPayload(MISSION_STARTED, 'mission_started_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for MissionStarted events.' })
export class MissionStartedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission identifier' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: "Mission type (e.g., 'software-dev', 'research', 'plan')" })
  readonly mission_type!: string;

  @IsPyString(NON_EMPTY, { description: 'First phase of the mission' })
  readonly initial_phase!: string;

  @IsPyString(NON_EMPTY, { description: 'Actor who started the mission' })
  readonly actor!: string;
}

@EventPayload(MISSION_COMPLETED, 'mission_completed_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for MissionCompleted events.' })
export class MissionCompletedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission identifier' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Mission type' })
  readonly mission_type!: string;

  @IsPyString(NON_EMPTY, { description: 'Last phase before completion' })
  readonly final_phase!: string;

  @IsPyString(NON_EMPTY, { description: 'Actor who completed the mission' })
  readonly actor!: string;
}

@EventPayload(MISSION_CANCELLED, 'mission_cancelled_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for MissionCancelled events.' })
export class MissionCancelledPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission identifier' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Reason for cancellation (required)' })
  readonly reason!: string;

  @IsPyString(NON_EMPTY, { description: 'Actor who cancelled the mission' })
  readonly actor!: string;

  @IsListOf(pyStringType(), {}, { default: emptyList, description: 'WP IDs affected by cancellation' })
  readonly cancelled_wp_ids!: readonly string[];
}

@EventPayload(PHASE_ENTERED, 'phase_entered_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for PhaseEntered events.' })
export class PhaseEnteredPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission identifier' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Phase being entered' })
  readonly phase_name!: string;

  /** Optional, but a given string must be non-empty (`""` → `string_too_short`). */
  @IsPyString(NON_EMPTY, { nullable: true, description: 'Phase being exited (None for initial)' })
  readonly previous_phase!: string | null;

  @IsPyString(NON_EMPTY, { description: 'Actor triggering phase transition' })
  readonly actor!: string;
}

@EventPayload(REVIEW_ROLLBACK, 'review_rollback_payload', { contracts: ['2.1.0', '6.1.0'], description: 'Typed payload for ReviewRollback events.' })
export class ReviewRollbackPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission identifier' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Reference to the review that triggered rollback' })
  readonly review_ref!: string;

  @IsPyString(NON_EMPTY, { description: 'Phase to roll back to' })
  readonly target_phase!: string;

  /** Declared before `actor`, as in the reference (key order of `toDict()`). */
  @IsListOf(pyStringType(), {}, { default: emptyList, description: 'WP IDs affected by rollback' })
  readonly affected_wp_ids!: readonly string[];

  @IsPyString(NON_EMPTY, { description: 'Actor triggering rollback' })
  readonly actor!: string;
}
