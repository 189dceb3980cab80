/** Glossary event type names and the set of all eight (reference `glossary.py` §1). */
import { frozenSet } from '../conventions';

export const GLOSSARY_SCOPE_ACTIVATED = 'GlossaryScopeActivated';
export const TERM_CANDIDATE_OBSERVED = 'TermCandidateObserved';
export const SEMANTIC_CHECK_EVALUATED = 'SemanticCheckEvaluated';
export const GLOSSARY_CLARIFICATION_REQUESTED = 'GlossaryClarificationRequested';
export const GLOSSARY_CLARIFICATION_RESOLVED = 'GlossaryClarificationResolved';
export const GLOSSARY_SENSE_UPDATED = 'GlossarySenseUpdated';
export const GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT = 'GenerationBlockedBySemanticConflict';
export const GLOSSARY_STRICTNESS_SET = 'GlossaryStrictnessSet';

/** The 8 glossary event types; immutable at run time. */
export const GLOSSARY_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  GLOSSARY_SCOPE_ACTIVATED,
  TERM_CANDIDATE_OBSERVED,
  SEMANTIC_CHECK_EVALUATED,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_SENSE_UPDATED,
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_STRICTNESS_SET,
]);

/** Strictness modes of the glossary policy. */
export type GlossaryStrictness = 'off' | 'medium' | 'max';
export const STRICTNESS_VALUES: readonly GlossaryStrictness[] = Object.freeze(['off', 'medium', 'max'] as const);

/** Severity / urgency levels. */
export type GlossaryLevel = 'low' | 'medium' | 'high';
export const LEVEL_VALUES: readonly GlossaryLevel[] = Object.freeze(['low', 'medium', 'high'] as const);
