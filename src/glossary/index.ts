/** The glossary family (reference `glossary.py`): 8 event types, payloads, the reducer. */
export {
  GLOSSARY_SCOPE_ACTIVATED,
  TERM_CANDIDATE_OBSERVED,
  SEMANTIC_CHECK_EVALUATED,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_SENSE_UPDATED,
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_STRICTNESS_SET,
  GLOSSARY_EVENT_TYPES,
  type GlossaryStrictness,
  type GlossaryLevel,
} from './constants';
export * from './payloads';
export * from './reducer-models';
export * from './reducer';
