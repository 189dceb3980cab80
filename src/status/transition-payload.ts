/**
 * `StatusTransitionPayload` at contract 6.1.0: the payload of a `WPStatusChanged` event.
 * Against 2.1.0: `mission_slug` replaces `feature_slug`, `actor` is a string or a structured
 * record (`actorLabel` gives its string form), unknown keys are rejected (`extra="forbid"`),
 * and both `approved` and `done` require evidence.
 */
import { isBlank } from '../conventions';
import { EventPayload } from '../registry/registry';
import { ForbidExtra, IsLaxBool, IsNested, IsPyEnum, IsPyString, WireModel, defineModelRule } from '../validation';
import { DoneEvidence } from './evidence';
import { IsActor, actorLabel, type Actor } from './actor';
import { EXECUTION_MODE_ENUM, LANE_ENUM_WITH_ALIASES, Lane, type ExecutionMode } from './lanes';

const NON_EMPTY = { minLength: 1 } as const;

const ACTOR_DESCRIPTION =
  "Who initiated the transition. Accepts either a plain string identifier (e.g. 'claude', 'user', " +
  "'migration') or a structured dict carrying richer audit fields such as {role, profile, tool, model}. " +
  'Use ``actor_label`` for a canonical string form.';

@ForbidExtra()
@EventPayload('WPStatusChanged', 'status_transition_payload', {
  contracts: ['6.1.0'],
  description: 'Payload for a WPStatusChanged event describing a lane transition.',
})
export class StatusTransitionPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission identifier' })
  readonly mission_slug!: string;

  @IsPyString(NON_EMPTY, { description: 'Work-package identifier' })
  readonly wp_id!: string;

  @IsPyEnum(LANE_ENUM_WITH_ALIASES, { nullable: true, description: 'Lane the WP is transitioning from (None for initial)' })
  readonly from_lane!: Lane | null;

  @IsPyEnum(LANE_ENUM_WITH_ALIASES, { description: 'Lane the WP is transitioning to' })
  readonly to_lane!: Lane;

  @IsActor({ description: ACTOR_DESCRIPTION })
  readonly actor!: Actor;

  @IsLaxBool({ default: false, description: 'Whether this is a forced transition' })
  readonly force!: boolean;

  @IsPyString({}, { nullable: true, description: 'Reason for the transition (required when force=True)' })
  readonly reason!: string | null;

  @IsPyEnum(EXECUTION_MODE_ENUM, { description: 'How the work-package is being executed' })
  readonly execution_mode!: ExecutionMode;

  @IsPyString({}, { nullable: true, description: 'Reference to an external review' })
  readonly review_ref!: string | null;

  @IsNested(() => DoneEvidence, { nullable: true, description: 'Evidence bundle (required when to_lane=DONE)' })
  readonly evidence!: DoneEvidence | null;

  /** Canonical string form of `actor` for reducers, logs and display (not part of `toDict`). */
  get actor_label(): string {
    return actorLabel(this.actor);
  }
}

/** Business rules, in order; the first failure is the only one reported. */
defineModelRule<StatusTransitionPayload>(StatusTransitionPayload, (p) =>
  p.force && (p.reason === null || isBlank(p.reason)) ? 'force=True requires a non-empty reason' : null,
);
defineModelRule<StatusTransitionPayload>(StatusTransitionPayload, (p) =>
  (p.to_lane === Lane.APPROVED || p.to_lane === Lane.DONE) && p.evidence === null
    ? "to_lane in {'approved', 'done'} requires evidence"
    : null,
);
