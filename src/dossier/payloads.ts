/**
 * Dossier value objects and payload models (reference `dossier.py` §3, §4). Frozen, unknown
 * keys forbidden; descriptions are the reference's (its JSON Schemas).
 */
import { EventPayload, SchemaModel } from '../registry';
import { ForbidExtra, IsLaxInt, IsLiteral, IsMapOf, IsNested, IsPyString, IsTupleOf, WireModel, nestedType, pyStringType } from '../validation';
import {
  MISSION_DOSSIER_ARTIFACT_INDEXED,
  MISSION_DOSSIER_ARTIFACT_MISSING,
  MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
  MISSION_DOSSIER_SNAPSHOT_COMPUTED,
} from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const V6 = ['6.1.0'] as const;

export const ARTIFACT_CLASSES = ['input', 'workflow', 'output', 'evidence', 'policy', 'runtime'] as const;
export type ArtifactClass = (typeof ARTIFACT_CLASSES)[number];
export const DRIFT_KINDS = ['artifact_added', 'artifact_removed', 'artifact_mutated', 'anomaly_introduced', 'anomaly_resolved', 'manifest_version_changed'] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];
export const HASH_ALGORITHMS = ['sha256', 'sha512', 'md5'] as const;
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];
export const PROVENANCE_ACTOR_KINDS = ['human', 'llm', 'system'] as const;
export type ProvenanceActorKind = (typeof PROVENANCE_ACTOR_KINDS)[number];

@ForbidExtra()
@SchemaModel('local_namespace_tuple', {
  contracts: [...V6],
  description: 'Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.',
})
export class LocalNamespaceTuple extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly project_uuid!: string;

  @IsPyString(NON_EMPTY)
  readonly mission_slug!: string;

  @IsPyString(NON_EMPTY)
  readonly target_branch!: string;

  @IsPyString(NON_EMPTY)
  readonly mission_type!: string;

  @IsPyString(NON_EMPTY)
  readonly manifest_version!: string;

  @IsPyString({}, { nullable: true })
  readonly step_id!: string | null;
}

@ForbidExtra()
@SchemaModel('artifact_identity', {
  contracts: [...V6],
  description: 'Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.',
})
export class ArtifactIdentity extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly mission_type!: string;

  @IsPyString(NON_EMPTY, { description: 'Repository-relative path' })
  readonly path!: string;

  @IsLiteral(ARTIFACT_CLASSES)
  readonly artifact_class!: ArtifactClass;

  @IsPyString({}, { nullable: true })
  readonly run_id!: string | null;

  @IsPyString({}, { nullable: true })
  readonly wp_id!: string | null;
}

@ForbidExtra()
@SchemaModel('content_hash_ref', { contracts: [...V6], description: 'Content fingerprint with optional size and encoding metadata.' })
export class ContentHashRef extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Hex-encoded content hash' })
  readonly hash!: string;

  @IsLiteral(HASH_ALGORITHMS)
  readonly algorithm!: HashAlgorithm;

  @IsLaxInt({ ge: 0 }, { nullable: true })
  readonly size_bytes!: number | null;

  @IsPyString({}, { nullable: true })
  readonly encoding!: string | null;
}

@ForbidExtra()
@SchemaModel('provenance_ref', { contracts: [...V6], description: 'Source trace connecting an artifact or event to its authoritative origin.' })
export class ProvenanceRef extends WireModel {
  @IsTupleOf(pyStringType(), { nullable: true })
  readonly source_event_ids!: readonly string[] | null;

  @IsPyString({}, { nullable: true })
  readonly git_sha!: string | null;

  @IsPyString({}, { nullable: true })
  readonly git_ref!: string | null;

  @IsPyString({}, { nullable: true })
  readonly actor_id!: string | null;

  @IsLiteral(PROVENANCE_ACTOR_KINDS, { nullable: true })
  readonly actor_kind!: ProvenanceActorKind | null;

  @IsPyString({}, { nullable: true, description: 'ISO 8601' })
  readonly revised_at!: string | null;
}

@ForbidExtra()
@EventPayload(MISSION_DOSSIER_ARTIFACT_INDEXED, 'mission_dossier_artifact_indexed_payload', { contracts: [...V6], description: 'Payload for MissionDossierArtifactIndexed events.' })
export class MissionDossierArtifactIndexedPayload extends WireModel {
  @IsNested(() => LocalNamespaceTuple, { description: 'Carries manifest_version — not duplicated in payload' })
  readonly namespace!: LocalNamespaceTuple;

  @IsNested(() => ArtifactIdentity, { description: 'Carries artifact_class — not duplicated at top level' })
  readonly artifact_id!: ArtifactIdentity;

  @IsNested(() => ContentHashRef)
  readonly content_ref!: ContentHashRef;

  @IsPyString({}, { description: 'ISO 8601' })
  readonly indexed_at!: string;

  @IsNested(() => ProvenanceRef, { nullable: true })
  readonly provenance!: ProvenanceRef | null;

  @IsPyString({}, { nullable: true })
  readonly step_id!: string | null;

  @IsNested(() => ArtifactIdentity, { nullable: true })
  readonly supersedes!: ArtifactIdentity | null;

  @IsMapOf(pyStringType(), { nullable: true })
  readonly context_diagnostics!: ReadonlyMap<string, string> | null;
}

@ForbidExtra()
@EventPayload(MISSION_DOSSIER_ARTIFACT_MISSING, 'mission_dossier_artifact_missing_payload', { contracts: [...V6], description: 'Payload for MissionDossierArtifactMissing events.' })
export class MissionDossierArtifactMissingPayload extends WireModel {
  @IsNested(() => LocalNamespaceTuple)
  readonly namespace!: LocalNamespaceTuple;

  @IsNested(() => ArtifactIdentity, { description: 'Carries path and artifact_class of missing artifact' })
  readonly expected_identity!: ArtifactIdentity;

  @IsPyString(NON_EMPTY, { description: '"required_always" or step_id' })
  readonly manifest_step!: string;

  @IsPyString({}, { description: 'ISO 8601' })
  readonly checked_at!: string;

  @IsNested(() => ProvenanceRef, { nullable: true })
  readonly last_known_ref!: ProvenanceRef | null;

  @IsPyString({}, { nullable: true })
  readonly remediation_hint!: string | null;

  @IsMapOf(pyStringType(), { nullable: true })
  readonly context_diagnostics!: ReadonlyMap<string, string> | null;
}

@ForbidExtra()
@EventPayload(MISSION_DOSSIER_SNAPSHOT_COMPUTED, 'mission_dossier_snapshot_computed_payload', {
  contracts: [...V6],
  description: 'Payload for MissionDossierSnapshotComputed events.\n\nmanifest_version NOT duplicated here — use namespace.manifest_version.',
})
export class MissionDossierSnapshotComputedPayload extends WireModel {
  @IsNested(() => LocalNamespaceTuple, { description: 'manifest_version lives here only' })
  readonly namespace!: LocalNamespaceTuple;

  @IsPyString(NON_EMPTY, { description: 'Hex-encoded deterministic hash' })
  readonly snapshot_hash!: string;

  @IsLaxInt({ ge: 0 })
  readonly artifact_count!: number;

  @IsLaxInt({ ge: 0 })
  readonly anomaly_count!: number;

  @IsPyString({}, { description: 'ISO 8601' })
  readonly computed_at!: string;

  @IsLiteral(HASH_ALGORITHMS, { nullable: true })
  readonly algorithm!: HashAlgorithm | null;

  @IsMapOf(pyStringType(), { nullable: true })
  readonly context_diagnostics!: ReadonlyMap<string, string> | null;
}

@ForbidExtra()
@EventPayload(MISSION_DOSSIER_PARITY_DRIFT_DETECTED, 'mission_dossier_parity_drift_detected_payload', { contracts: [...V6], description: 'Payload for MissionDossierParityDriftDetected events.' })
export class MissionDossierParityDriftDetectedPayload extends WireModel {
  @IsNested(() => LocalNamespaceTuple)
  readonly namespace!: LocalNamespaceTuple;

  @IsPyString(NON_EMPTY)
  readonly expected_hash!: string;

  @IsPyString(NON_EMPTY)
  readonly actual_hash!: string;

  @IsLiteral(DRIFT_KINDS)
  readonly drift_kind!: DriftKind;

  @IsPyString({}, { description: 'ISO 8601' })
  readonly detected_at!: string;

  @IsTupleOf(nestedType(() => ArtifactIdentity), { nullable: true })
  readonly artifact_ids_changed!: readonly ArtifactIdentity[] | null;

  @IsPyString({}, { nullable: true })
  readonly rebuild_hint!: string | null;

  @IsMapOf(pyStringType(), { nullable: true })
  readonly context_diagnostics!: ReadonlyMap<string, string> | null;
}

/** Reference aliases: the event names bound to their payload models. */
export const MissionDossierArtifactIndexed = MissionDossierArtifactIndexedPayload;
export type MissionDossierArtifactIndexed = MissionDossierArtifactIndexedPayload;
export const MissionDossierArtifactMissing = MissionDossierArtifactMissingPayload;
export type MissionDossierArtifactMissing = MissionDossierArtifactMissingPayload;
export const MissionDossierSnapshotComputed = MissionDossierSnapshotComputedPayload;
export type MissionDossierSnapshotComputed = MissionDossierSnapshotComputedPayload;
export const MissionDossierParityDriftDetected = MissionDossierParityDriftDetectedPayload;
export type MissionDossierParityDriftDetected = MissionDossierParityDriftDetectedPayload;
