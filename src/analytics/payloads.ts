/**
 * Mission analytics (reference `analytics.py`): token/cost accounting and git diff summaries
 * for mission scorecards. Frozen, unknown keys forbidden; descriptions are the reference's.
 */
import { frozenSet } from '../conventions';
import { RuntimeActorIdentity } from '../mission-next/payloads';
import { EventPayload } from '../registry';
import { ForbidExtra, IsLaxFloat, IsLaxInt, IsNested, IsPyString, WireModel, defineModelRule } from '../validation';

export const TOKEN_USAGE_RECORDED = 'TokenUsageRecorded';
export const DIFF_SUMMARY_RECORDED = 'DiffSummaryRecorded';

/** The 2 analytics event types; immutable at run time. */
export const ANALYTICS_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([TOKEN_USAGE_RECORDED, DIFF_SUMMARY_RECORDED]);

const NON_EMPTY = { minLength: 1 } as const;
const COUNT = { ge: 0 } as const;
const V6 = ['6.1.0'] as const;

/** The optional mission coordinates both analytics payloads carry first. */
export abstract class MissionCoordinates extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Canonical mission identifier' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Mission run identifier when available' })
  readonly run_id!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Mission step identifier when available' })
  readonly step_id!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Work-package identifier when available' })
  readonly wp_id!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Mission phase name when known' })
  readonly phase_name!: string | null;
}

@ForbidExtra()
@EventPayload(TOKEN_USAGE_RECORDED, 'token_usage_recorded_payload', { contracts: [...V6], description: 'Canonical token and estimated-cost accounting payload.' })
export class TokenUsageRecordedPayload extends MissionCoordinates {
  @IsNested(() => RuntimeActorIdentity, { nullable: true, description: 'Runtime actor identity when available' })
  readonly actor!: RuntimeActorIdentity | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'LLM provider when available' })
  readonly provider!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'LLM model when available' })
  readonly model!: string | null;

  @IsLaxInt(COUNT, { description: 'Prompt/input token count' })
  readonly input_tokens!: number;

  @IsLaxInt(COUNT, { description: 'Completion/output token count' })
  readonly output_tokens!: number;

  @IsLaxInt(COUNT, { description: 'Total token count' })
  readonly total_tokens!: number;

  @IsLaxFloat(COUNT, { description: 'Estimated USD cost for the usage record' })
  readonly estimated_cost_usd!: number;

  @IsPyString(NON_EMPTY, { description: 'Usage data source identifier' })
  readonly source!: string;
}

defineModelRule<TokenUsageRecordedPayload>(TokenUsageRecordedPayload, (p) =>
  p.total_tokens === p.input_tokens + p.output_tokens ? null : 'total_tokens must equal input_tokens + output_tokens',
);

@ForbidExtra()
@EventPayload(DIFF_SUMMARY_RECORDED, 'diff_summary_recorded_payload', { contracts: [...V6], description: 'Canonical git diff summary payload.' })
export class DiffSummaryRecordedPayload extends MissionCoordinates {
  @IsPyString(NON_EMPTY, { description: 'Diff base git ref or commit' })
  readonly base_ref!: string;

  @IsPyString(NON_EMPTY, { description: 'Diff head git ref or commit' })
  readonly head_ref!: string;

  @IsLaxInt(COUNT, { description: 'Count of files changed in the diff' })
  readonly files_changed!: number;

  @IsLaxInt(COUNT, { description: 'Lines added in the diff' })
  readonly lines_added!: number;

  @IsLaxInt(COUNT, { description: 'Lines deleted in the diff' })
  readonly lines_deleted!: number;

  @IsPyString(NON_EMPTY, { description: 'Diff summary source identifier' })
  readonly source!: string;
}
