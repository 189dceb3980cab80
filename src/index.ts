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
export * from './glossary';
export * from './mission-next';
export * from './decisionpoint';
export * from './lifecycle';
export * from './project-lifecycle';
export * from './build-lifecycle';
export * from './analytics';
export * from './profile-invocation';
export * from './sync';
export * from './connector';
export * from './legacy';
export { migrateEnvelope, type MigrateOptions, type MigrationResult, type MigrationSuccess, type MigrationFailure, type MigrationStatus } from './migrate';
// Root constants of no family module; re-point to the families' constants when they land.
export { LOCAL_ONLY_EVENT_TYPES } from './root-constants';
export * from './dossier';
export * from './mission-audit';
export * from './retrospective';

// The JSON Lines reader (streaming, BOM, CRLF, line numbers, per-line errors).
export { JsonLinesReader, readJsonLines, parseJsonLines, DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_DOCUMENT_BYTES, type JsonLinesPosition, type JsonLinesValue, type JsonLinesError, type JsonLinesErrorCode, type JsonLinesRecord, type JsonLinesFormat, type JsonLinesStats, type JsonLinesProgress, type JsonLinesOptions, type JsonLinesSource } from './jsonl';

// Typed registry and published schemas (issue 10 items 6 and 9).
export { payloadClassFor, knownEventTypes, toWire, type KnownEventType, type PayloadOf, type NameOr, type WireShape, type WireValue, type EventPayloadTypes, type EventPayloadClasses } from './registry/typed-registry';
export { getSchema, schemaNames } from './schemas/lookup';
export type { ContractVersion } from './registry/registry';

// Types that public signatures name (issue 10 item 6), exported as types only.
// test/packaging/exported-types.test.ts keeps this complete.
export type { ModelClass, WireModel } from './validation/model';
export type { LocSegment, Violation } from './validation/violation';
export type { PyDateTime } from './validation/parsers/py-datetime';
export type { JsonObject } from './validation/constraints/is-json-object';
export type { EventLogReducer } from './pipeline/event-log-reducer';
export type { StatusSortKey } from './pipeline/ordering';
export type { TotalOrderKey } from './envelope/ordering';
export type { PriorityMap } from './envelope/state-machine-merge';
export type { StatusAnomalyShape, StatusResultShape, LifecycleAnomalyShape, PreTerminalVerdict, PreTerminalRule, MissionPayloadClasses, LifecycleRules, LifecycleFoldReducer } from './pipeline/lifecycle-fold';
export type { ArtifactPhasePayloadBase } from './project-lifecycle/payloads';
export * from './collaboration';
