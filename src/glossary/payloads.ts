/**
 * The glossary payload models and `SemanticConflictEntry` (reference `glossary.py` §2–§3).
 * Frozen, unknown keys ignored; descriptions are the reference's (its JSON Schemas).
 */
import { EventPayload, SchemaModel } from '../registry';
import {
  FrozenMap,
  IsLaxFloat,
  IsLiteral,
  IsMapOf,
  IsPyString,
  IsTupleOf,
  WireModel,
  nestedType,
  pyStringType,
} from '../validation';
import {
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_SCOPE_ACTIVATED,
  GLOSSARY_SENSE_UPDATED,
  GLOSSARY_STRICTNESS_SET,
  LEVEL_VALUES,
  SEMANTIC_CHECK_EVALUATED,
  STRICTNESS_VALUES,
  TERM_CANDIDATE_OBSERVED,
  type GlossaryLevel,
  type GlossaryStrictness,
} from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const UNIT_INTERVAL = { ge: 0, le: 1 } as const;
const V6 = ['6.1.0'] as const;

/** A fresh empty frozen map per instance (pydantic `default_factory=dict`; no schema default). */
function emptyMetadata(): ReadonlyMap<string, string> {
  return new FrozenMap<string, string>();
}

export type ScopeType = 'spec_kitty_core' | 'team_domain' | 'audience_domain' | 'mission_local';
export type ConflictNature = 'overloaded' | 'drift' | 'ambiguous';
export type RecommendedAction = 'block' | 'warn' | 'pass';
export type BlockingStrictness = 'medium' | 'max';

@SchemaModel('semantic_conflict_entry', { contracts: [...V6], description: 'Single conflict finding within a semantic check evaluation.' })
export class SemanticConflictEntry extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'The conflicting term surface text' })
  readonly term!: string;

  @IsLiteral<ConflictNature>(['overloaded', 'drift', 'ambiguous'], { description: 'Classification of the conflict' })
  readonly nature!: ConflictNature;

  @IsLiteral<GlossaryLevel>(LEVEL_VALUES, { description: 'Severity level of this conflict' })
  readonly severity!: GlossaryLevel;

  @IsPyString({}, { description: 'Human-readable explanation of the conflict' })
  readonly description!: string;
}

@EventPayload(GLOSSARY_SCOPE_ACTIVATED, 'glossary_scope_activated_payload', { contracts: [...V6], description: 'Payload for GlossaryScopeActivated event.' })
export class GlossaryScopeActivatedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission context' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Unique scope identifier' })
  readonly scope_id!: string;

  @IsLiteral<ScopeType>(['spec_kitty_core', 'team_domain', 'audience_domain', 'mission_local'], { description: 'Scope category' })
  readonly scope_type!: ScopeType;

  @IsPyString(NON_EMPTY, { description: 'Version of the glossary being activated' })
  readonly glossary_version_id!: string;
}

@EventPayload(TERM_CANDIDATE_OBSERVED, 'term_candidate_observed_payload', { contracts: [...V6], description: 'Payload for TermCandidateObserved event.' })
export class TermCandidateObservedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission context' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Scope the term was observed in' })
  readonly scope_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Mission step that produced the term' })
  readonly step_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Raw text form of the observed term' })
  readonly term_surface!: string;

  @IsLaxFloat(UNIT_INTERVAL, { description: 'Confidence score (0.0\u20131.0)' })
  readonly confidence!: number;

  @IsPyString(NON_EMPTY, { description: 'Identity of the observing actor' })
  readonly actor!: string;

  @IsMapOf(pyStringType(), { default: emptyMetadata, description: 'Mission primitive metadata for the step (no hardcoded step names)' })
  readonly step_metadata!: ReadonlyMap<string, string>;
}

@EventPayload(GLOSSARY_SENSE_UPDATED, 'glossary_sense_updated_payload', { contracts: [...V6], description: 'Payload for GlossarySenseUpdated event.' })
export class GlossarySenseUpdatedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission context' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Scope of the term' })
  readonly scope_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Term being updated' })
  readonly term_surface!: string;

  @IsPyString({}, { nullable: true, description: 'Previous sense value (None if first definition)' })
  readonly before_sense!: string | null;

  @IsPyString(NON_EMPTY, { description: 'New sense value' })
  readonly after_sense!: string;

  @IsPyString({}, { description: 'Why the sense was changed' })
  readonly reason!: string;

  @IsPyString(NON_EMPTY, { description: 'Actor who made the change' })
  readonly actor!: string;
}

@EventPayload(GLOSSARY_STRICTNESS_SET, 'glossary_strictness_set_payload', {
  contracts: [...V6],
  description: 'Payload for GlossaryStrictnessSet event (mission-wide policy change).',
})
export class GlossaryStrictnessSetPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission context' })
  readonly mission_id!: string;

  @IsLiteral<GlossaryStrictness>(STRICTNESS_VALUES, { description: 'The new strictness mode' })
  readonly new_strictness!: GlossaryStrictness;

  @IsLiteral<GlossaryStrictness>(STRICTNESS_VALUES, { nullable: true, description: 'Previous mode (None if initial setting)' })
  readonly previous_strictness!: GlossaryStrictness | null;

  @IsPyString(NON_EMPTY, { description: 'Actor who changed the setting' })
  readonly actor!: string;
}

@EventPayload(SEMANTIC_CHECK_EVALUATED, 'semantic_check_evaluated_payload', {
  contracts: [...V6],
  description: 'Payload for SemanticCheckEvaluated event (step-level semantic check).',
})
export class SemanticCheckEvaluatedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission context' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Scope checked against' })
  readonly scope_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Step being evaluated' })
  readonly step_id!: string;

  @IsTupleOf(nestedType(() => SemanticConflictEntry), { reportAll: true, description: 'List of detected conflicts' })
  readonly conflicts!: readonly SemanticConflictEntry[];

  @IsLiteral<GlossaryLevel>(LEVEL_VALUES, { description: 'Overall check severity (max of conflicts)' })
  readonly severity!: GlossaryLevel;

  @IsLaxFloat(UNIT_INTERVAL, { description: 'Overall confidence score' })
  readonly confidence!: number;

  @IsLiteral<RecommendedAction>(['block', 'warn', 'pass'], { description: 'Action recommendation based on severity and strictness' })
  readonly recommended_action!: RecommendedAction;

  @IsLiteral<GlossaryStrictness>(STRICTNESS_VALUES, { description: 'Strictness mode used for this evaluation' })
  readonly effective_strictness!: GlossaryStrictness;

  @IsMapOf(pyStringType(), { default: emptyMetadata, description: 'Mission primitive metadata (no hardcoded step names)' })
  readonly step_metadata!: ReadonlyMap<string, string>;
}

@EventPayload(GLOSSARY_CLARIFICATION_REQUESTED, 'glossary_clarification_requested_payload', {
  contracts: [...V6],
  description: 'Payload for GlossaryClarificationRequested event.',
})
export class GlossaryClarificationRequestedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission context' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Scope context' })
  readonly scope_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Step that triggered clarification' })
  readonly step_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Event ID of triggering SemanticCheckEvaluated (burst-window key)' })
  readonly semantic_check_event_id!: string;

  @IsPyString(NON_EMPTY, { description: 'The ambiguous term' })
  readonly term!: string;

  @IsPyString({}, { description: 'Clarification question text' })
  readonly question!: string;

  @IsTupleOf(pyStringType(), { description: 'Available answer options' })
  readonly options!: readonly string[];

  @IsLiteral<GlossaryLevel>(LEVEL_VALUES, { description: 'Urgency level' })
  readonly urgency!: GlossaryLevel;

  @IsPyString(NON_EMPTY, { description: 'Actor who triggered the request' })
  readonly actor!: string;
}

@EventPayload(GLOSSARY_CLARIFICATION_RESOLVED, 'glossary_clarification_resolved_payload', {
  contracts: [...V6],
  description: 'Payload for GlossaryClarificationResolved event.',
})
export class GlossaryClarificationResolvedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission context' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Event ID of the originating clarification request' })
  readonly clarification_event_id!: string;

  @IsPyString(NON_EMPTY, { description: 'The chosen or entered meaning' })
  readonly selected_meaning!: string;

  @IsPyString(NON_EMPTY, { description: 'Identity of the resolving actor' })
  readonly actor!: string;
}

@EventPayload(GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT, 'generation_blocked_by_semantic_conflict_payload', {
  contracts: [...V6],
  description: 'Payload for GenerationBlockedBySemanticConflict event.',
})
export class GenerationBlockedBySemanticConflictPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission context' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Step that was blocked' })
  readonly step_id!: string;

  @IsTupleOf(pyStringType(), { description: 'Event IDs of unresolved SemanticCheckEvaluated events' }, { minItems: 1 })
  readonly conflict_event_ids!: readonly string[];

  @IsLiteral<BlockingStrictness>(['medium', 'max'], { description: "Policy mode that triggered the block (never 'off')" })
  readonly blocking_strictness!: BlockingStrictness;

  @IsMapOf(pyStringType(), { default: emptyMetadata, description: 'Mission primitive metadata' })
  readonly step_metadata!: ReadonlyMap<string, string>;
}
