/**
 * spec-kitty-events: the TypeScript twin of the Python package spec-kitty-events, contract
 * 6.1.0 (API-6.1.0.md). The 2.1.0 contract stays available, unchanged, at
 * `spec-kitty-events/v2`. Areas are added here as they reach 6.1.0; `test/api.test.ts`
 * lists the contract names still missing.
 */
import 'reflect-metadata';

/** The contract version this entry point mirrors. */
export const VERSION = '6.1.0';

export * from './envelope';
// The cutover module's contract names (API-6.1.0.md rows 2–14) and `contractVersionOf`.
export {
  CUTOVER_ARTIFACT,
  CutoverArtifact,
  loadCutoverArtifact,
  canonicalSignalFieldName,
  canonicalSignalLocation,
  readCutoverSignal,
  acceptedMajorMatches,
  requiredCutoverValueMatches,
  forbiddenLegacyKeys,
  forbiddenLegacyEventNames,
  forbiddenLegacyAggregateNames,
  isPreCutoverPayload,
  assertCanonicalCutoverSignal,
  contractVersionOf,
  type CutoverInput,
  type CutoverSignalLocation,
  type EnvelopeContractVersion,
} from './cutover';
export * from './status';
export * from './gates';
