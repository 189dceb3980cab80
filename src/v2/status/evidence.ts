/**
 * Evidence models (STATUS_AND_GATES.md §4) and `ForceMetadata` (§5). All frozen, unknown keys
 * ignored. They have no schema file of their own: the evidence models appear as `$defs` of
 * `status_transition_payload`.
 */
import {
  Described,
  IsListOf,
  IsLiteralTrue,
  IsNested,
  IsPyString,
  WireModel,
  nestedType,
  pyStringType,
} from '../../validation';

const NON_EMPTY = { minLength: 1 } as const;

@Described('Evidence of repository changes for a completed work-package.')
export class RepoEvidence extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Repository identifier' })
  readonly repo!: string;

  @IsPyString(NON_EMPTY, { description: 'Branch name' })
  readonly branch!: string;

  @IsPyString(NON_EMPTY, { description: 'Commit SHA or reference' })
  readonly commit!: string;

  @IsListOf(pyStringType(), {}, { nullable: true, description: 'List of files modified' })
  readonly files_touched!: readonly string[] | null;
}

@Described('A single verification step (e.g. test run, lint check).')
export class VerificationEntry extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Command that was executed' })
  readonly command!: string;

  @IsPyString(NON_EMPTY, { description: 'Outcome of the command' })
  readonly result!: string;

  @IsPyString({}, { nullable: true, description: 'Human-readable summary' })
  readonly summary!: string | null;
}

@Described('Verdict from a human or automated reviewer.')
export class ReviewVerdict extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Who reviewed' })
  readonly reviewer!: string;

  @IsPyString(NON_EMPTY, { description: 'Verdict string' })
  readonly verdict!: string;

  @IsPyString({}, { nullable: true, description: 'URL or reference for the review' })
  readonly reference!: string | null;
}

const NO_VERIFICATION: readonly VerificationEntry[] = Object.freeze([]);

@Described('Evidence bundle required when a WP transitions to DONE.')
export class DoneEvidence extends WireModel {
  @IsListOf(nestedType(() => RepoEvidence), { minItems: 1 }, { description: 'At least one repo with changes' })
  readonly repos!: readonly RepoEvidence[];

  /** Default `[]` (a factory default in the reference: not emitted in the schema); null is rejected. */
  @IsListOf(nestedType(() => VerificationEntry), {}, { default: () => NO_VERIFICATION, description: 'Verification steps executed' })
  readonly verification!: readonly VerificationEntry[];

  @IsNested(() => ReviewVerdict, { description: 'Review verdict' })
  readonly review!: ReviewVerdict;
}

@Described('Metadata attached when a transition is forced.')
export class ForceMetadata extends WireModel {
  /** `Literal[True]`, default true: accepts `true`, `1`, `1.0`; anything else is `literal_error`. */
  @IsLiteralTrue({ default: true, description: 'Always True for forced transitions' })
  readonly force!: true;

  @IsPyString(NON_EMPTY, { description: 'Who forced the transition' })
  readonly actor!: string;

  @IsPyString(NON_EMPTY, { description: 'Why the transition was forced' })
  readonly reason!: string;
}
