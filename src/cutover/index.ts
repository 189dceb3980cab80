/**
 * Public face of the 6.1.0 cutover area: the cutover artifact and its rules, the recursive
 * forbidden-key walker, the structured validation error codes, and `contractVersionOf`.
 * The root re-exports the API-6.1.0.md names (rows 2–14) and `contractVersionOf`; the
 * walker and the structured errors are module-level names in the reference and are imported
 * from here by the conformance layer.
 */
export {
  CUTOVER_ARTIFACT,
  CUTOVER_SIGNAL_LOCATIONS,
  CutoverArtifact,
  canonicalSignalFieldName,
  canonicalSignalLocation,
  loadCutoverArtifact,
  type CutoverSignalLocation,
} from './artifact';
export {
  CutoverPolicyError,
  acceptedMajorMatches,
  assertCanonicalCutoverSignal,
  forbiddenLegacyAggregateNames,
  forbiddenLegacyEventNames,
  forbiddenLegacyKeys,
  isPreCutoverPayload,
  readCutoverSignal,
  requiredCutoverValueMatches,
  signalMajor,
  type CutoverInput,
} from './signal';
export {
  FORBIDDEN_LEGACY_KEYS,
  FORBIDDEN_LEGACY_KEYS_VERSION,
  findForbiddenKeys,
  validateNoForbiddenKeys,
  type ForbiddenKeyOptions,
} from './forbidden-keys';
export {
  ContractValidationError,
  ValidationErrorCode,
  lifecycleErrorToValidationError,
  transitionErrorToValidationError,
  type ContractErrorPathSegment,
  type ContractValidationErrorInit,
  type ContractValidationErrorJson,
  type TransitionErrorLike,
} from './validation-errors';
export { contractVersionOf, type EnvelopeContractVersion } from './contract-version';
