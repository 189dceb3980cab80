/**
 * Evidence models and `ForceMetadata`: identical in 6.1.0 and 2.1.0 (same fields, rules and
 * messages; no schema file of their own), so the 2.1.0 classes serve both contracts.
 */
export { RepoEvidence, VerificationEntry, ReviewVerdict, DoneEvidence, ForceMetadata } from '../v2/status/evidence';
