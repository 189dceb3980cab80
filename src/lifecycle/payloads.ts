/**
 * The mission lifecycle payloads new at 6.1.0 (reference `lifecycle.py` at 6.1.0). All frozen
 * and `extra="forbid"`. The five 2.1.0 payloads (`MissionStarted`, `MissionCompleted`,
 * `MissionCancelled`, `PhaseEntered`, `ReviewRollback`) are unchanged at 6.1.0 (same schema
 * files, same rules): their classes in `src/v2/lifecycle/payloads.ts` serve both registries.
 *
 * `MissionOriginBound`, `MissionReopened` and `FollowUpRecorded` publish no schema: the
 * reference validates them with the model layer only.
 */
import { EventPayload } from '../registry';
import { ForbidExtra, IsJsonObject, IsLaxInt, IsLiteral, IsPyString, WireModel, defineModelRule, type JsonObject } from '../validation';
import { FOLLOW_UP_RECORDED, MISSION_CLOSED, MISSION_CREATED, MISSION_ORIGIN_BOUND, MISSION_REOPENED } from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const CONTRACTS = ['6.1.0'] as const;

@ForbidExtra()
@EventPayload(MISSION_CREATED, 'mission_created_payload', { contracts: CONTRACTS, description: 'Typed payload for MissionCreated catalog events.' })
export class MissionCreatedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { nullable: true, description: 'Canonical machine-facing mission identity (ULID)' })
  readonly mission_id!: string | null;

  @IsPyString(NON_EMPTY, { description: 'Canonical mission slug' })
  readonly mission_slug!: string;

  /** Required, but `null` is accepted (`Optional[int] = Field(...)`). */
  @IsLaxInt({ ge: 1 }, { nullable: true, required: true, description: 'Canonical mission number' })
  readonly mission_number!: number | null;

  @IsPyString(NON_EMPTY, { description: 'Canonical mission workflow/template type' })
  readonly mission_type!: string;

  @IsPyString(NON_EMPTY, { description: 'Target branch for the mission planning artifacts' })
  readonly target_branch!: string;

  @IsLaxInt({ ge: 0 }, { description: 'Work-package count at mission creation time' })
  readonly wp_count!: number;

  @IsPyString(NON_EMPTY, { description: 'Human-friendly mission title' })
  readonly friendly_name!: string;

  @IsPyString(NON_EMPTY, { description: 'One-line stakeholder-facing mission summary' })
  readonly purpose_tldr!: string;

  @IsPyString(NON_EMPTY, { description: 'Short stakeholder-facing context paragraph' })
  readonly purpose_context!: string;

  /** A string, not a timestamp: kept as given. */
  @IsPyString(NON_EMPTY, { nullable: true, description: 'Mission creation timestamp' })
  readonly created_at!: string | null;
}

@ForbidExtra()
@EventPayload(MISSION_CLOSED, 'mission_closed_payload', { contracts: CONTRACTS, description: 'Typed payload for MissionClosed catalog events.' })
export class MissionClosedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Canonical mission slug' })
  readonly mission_slug!: string;

  @IsLaxInt({ ge: 1 }, { description: 'Canonical mission number' })
  readonly mission_number!: number;

  @IsPyString(NON_EMPTY, { description: 'Canonical mission workflow/template type' })
  readonly mission_type!: string;
}

@ForbidExtra()
@EventPayload(MISSION_ORIGIN_BOUND, 'mission_origin_bound_payload', {
  contracts: CONTRACTS,
  publishesSchema: false,
  description:
    'Typed payload for ``MissionOriginBound`` events.\n\nRecords that a mission is bound to an external tracker issue (GitHub,\n' +
    'Linear, Jira, etc.). Observational telemetry: the binding is a\ncorrelation hint, not an authority for mission state.',
})
export class MissionOriginBoundPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Canonical mission slug.' })
  readonly mission_slug!: string;

  @IsPyString(NON_EMPTY, { description: "External tracker provider (e.g. 'github', 'linear')." })
  readonly provider!: string;

  @IsPyString(NON_EMPTY, { description: 'Provider-native issue identifier.' })
  readonly external_issue_id!: string;

  @IsPyString(NON_EMPTY, { description: "Display key (e.g. 'PROJ-123')." })
  readonly external_issue_key!: string;

  @IsPyString(NON_EMPTY, { description: 'Browser URL to the external issue.' })
  readonly external_issue_url!: string;

  @IsPyString(NON_EMPTY, { description: 'External issue title.' })
  readonly title!: string;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Canonical mission ULID (when known).' })
  readonly mission_id!: string | null;
}

@ForbidExtra()
@EventPayload(MISSION_REOPENED, 'mission_reopened_payload', {
  contracts: CONTRACTS,
  publishesSchema: false,
  description:
    'Typed payload for ``MissionReopened`` events.\n\nRecords that a merged/closed mission was returned to an actionable state.\n' +
    'Appended *each* time (every re-open is a distinct fact — NOT deduped).',
})
export class MissionReopenedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Canonical machine identity (ULID); lookup key.' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Human handle (display).' })
  readonly mission_slug!: string;

  @IsPyString(NON_EMPTY, { description: 'Audit reason for the re-open (non-empty).' })
  readonly reason!: string;

  @IsPyString(NON_EMPTY, { description: 'Detected actor who re-opened the mission.' })
  readonly reopened_by!: string;

  @IsPyString(NON_EMPTY, { description: 'Event time (ISO-8601 UTC).' })
  readonly reopened_at!: string;

  @IsJsonObject({
    nullable: true,
    description: 'Snapshot of the merged_* fields cleared from meta.json (for reversibility/audit); null when no merge metadata was cleared.',
  })
  readonly cleared_merge!: JsonObject | null;
}

/** `FollowUpRecordedPayload.follow_up_type`. */
export type FollowUpType = 'commit' | 'pr';

@ForbidExtra()
@EventPayload(FOLLOW_UP_RECORDED, 'follow_up_recorded_payload', {
  contracts: CONTRACTS,
  publishesSchema: false,
  description:
    'Typed payload for ``FollowUpRecorded`` events.\n\nRecords a follow-up commit or PR against an already-merged (or any-state)\n' +
    'mission. ``follow_up_type`` is the discriminator: ``"commit"`` requires\n``commit_sha``; ``"pr"`` requires ``pr_number``.',
})
export class FollowUpRecordedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Canonical machine identity (ULID); attribution key.' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Human handle (display).' })
  readonly mission_slug!: string;

  @IsLiteral<FollowUpType>(['commit', 'pr'], { description: "Discriminator: 'commit' (requires commit_sha) or 'pr' (requires pr_number)." })
  readonly follow_up_type!: FollowUpType;

  @IsPyString(NON_EMPTY, { nullable: true, description: "Commit SHA; required iff follow_up_type == 'commit'." })
  readonly commit_sha!: string | null;

  @IsLaxInt({ ge: 1 }, { nullable: true, description: "PR number; required iff follow_up_type == 'pr'." })
  readonly pr_number!: number | null;

  @IsPyString(NON_EMPTY, { description: 'Detected actor who recorded the follow-up.' })
  readonly recorded_by!: string;

  @IsPyString(NON_EMPTY, { description: 'Event time (ISO-8601 UTC).' })
  readonly recorded_at!: string;
}

// The commit-vs-pr conditional requirement (one rule; the discriminator picks the field).
defineModelRule<FollowUpRecordedPayload>(FollowUpRecordedPayload, (p) => {
  if (p.follow_up_type === 'commit') return p.commit_sha === null || p.commit_sha === '' ? "commit_sha is required when follow_up_type == 'commit'" : null;
  return p.pr_number === null ? "pr_number is required when follow_up_type == 'pr'" : null;
});
