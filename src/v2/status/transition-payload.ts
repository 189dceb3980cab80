/**
 * `StatusTransitionPayload` (STATUS_AND_GATES.md §6): the payload of a `WPStatusChanged`
 * event. Lane fields accept the `doing` alias (normalised before enum validation); `force` is
 * a lax boolean; two business rules run once every field is valid.
 */
import { isBlank } from '../../conventions';
import { EventPayload } from '../../registry/registry';
import { IsLaxBool, IsNested, IsPyEnum, IsPyString, WireModel, defineModelRule } from '../../validation';
import { DoneEvidence } from './evidence';
import { EXECUTION_MODE_ENUM, LANE_ENUM_WITH_ALIASES, Lane, type ExecutionMode } from './lanes';

const NON_EMPTY = { minLength: 1 } as const;

@EventPayload('WPStatusChanged', 'status_transition_payload', { contracts: ['2.1.0'],
  description: 'Payload for a WPStatusChanged event describing a lane transition.',
})
export class StatusTransitionPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Feature identifier' })
  readonly feature_slug!: string;

  @IsPyString(NON_EMPTY, { description: 'Work-package identifier' })
  readonly wp_id!: string;

  @IsPyEnum(LANE_ENUM_WITH_ALIASES, { nullable: true, description: 'Lane the WP is transitioning from (None for initial)' })
  readonly from_lane!: Lane | null;

  @IsPyEnum(LANE_ENUM_WITH_ALIASES, { description: 'Lane the WP is transitioning to' })
  readonly to_lane!: Lane;

  @IsPyString(NON_EMPTY, { description: 'Who initiated the transition' })
  readonly actor!: string;

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
}

/** Business rules, in order; the first failure is the only one reported. */
defineModelRule<StatusTransitionPayload>(StatusTransitionPayload, (p) =>
  p.force && (p.reason === null || isBlank(p.reason)) ? 'force=True requires a non-empty reason' : null,
);
defineModelRule<StatusTransitionPayload>(StatusTransitionPayload, (p) =>
  p.to_lane === Lane.DONE && p.evidence === null ? "to_lane='done' requires evidence" : null,
);
