/**
 * The dossier reducer's output models (reference `dossier.py` §5). Frozen, unknown keys
 * ignored; no published schema.
 */
import { Described, FrozenMap, IsLaxBool, IsLaxInt, IsLiteral, IsMapOf, IsNested, IsPyString, IsTupleOf, WireModel, initFromDict, nestedType } from '../validation';
import { ArtifactIdentity, ContentHashRef, LocalNamespaceTuple, ProvenanceRef } from './payloads';

const NONE: readonly never[] = Object.freeze([]);

export const PARITY_STATUSES = ['clean', 'drifted', 'unknown'] as const;
export type ParityStatus = (typeof PARITY_STATUSES)[number];

@Described('A single indexed artifact in the dossier state.')
export class ArtifactEntry extends WireModel {
  @IsNested(() => ArtifactIdentity)
  readonly identity!: ArtifactIdentity;

  @IsNested(() => ContentHashRef)
  readonly content_ref!: ContentHashRef;

  @IsPyString()
  readonly indexed_at!: string;

  @IsNested(() => ProvenanceRef, { nullable: true })
  readonly provenance!: ProvenanceRef | null;

  @IsLaxBool({ default: false })
  readonly superseded!: boolean;

  @IsPyString({}, { nullable: true })
  readonly step_id!: string | null;
}

@Described('A single missing-artifact anomaly in the dossier state.')
export class AnomalyEntry extends WireModel {
  @IsLiteral(['missing_artifact'] as const, { default: 'missing_artifact' })
  readonly anomaly_type!: 'missing_artifact';

  @IsNested(() => ArtifactIdentity)
  readonly expected_identity!: ArtifactIdentity;

  @IsPyString()
  readonly manifest_step!: string;

  @IsPyString()
  readonly checked_at!: string;

  @IsPyString({}, { nullable: true })
  readonly remediation_hint!: string | null;
}

@Described('Summary of the latest computed snapshot.')
export class SnapshotSummary extends WireModel {
  @IsPyString()
  readonly snapshot_hash!: string;

  @IsLaxInt()
  readonly artifact_count!: number;

  @IsLaxInt()
  readonly anomaly_count!: number;

  @IsPyString()
  readonly computed_at!: string;

  @IsPyString({}, { default: 'sha256' })
  readonly algorithm!: string;
}

@Described('A single parity drift detection record.')
export class DriftRecord extends WireModel {
  @IsPyString()
  readonly expected_hash!: string;

  @IsPyString()
  readonly actual_hash!: string;

  @IsPyString()
  readonly drift_kind!: string;

  @IsPyString()
  readonly detected_at!: string;
}

/** Constructor input: the same plain object `fromDict` takes (every key optional). */
export type MissionDossierStateInit = Readonly<Record<string, unknown>>;

@Described('Deterministic projection output of reduce_mission_dossier().')
export class MissionDossierState extends WireModel {
  @IsNested(() => LocalNamespaceTuple, { nullable: true })
  readonly namespace!: LocalNamespaceTuple | null;

  @IsMapOf(nestedType(() => ArtifactEntry), { default: () => new FrozenMap<string, ArtifactEntry>() })
  readonly artifacts!: ReadonlyMap<string, ArtifactEntry>;

  @IsTupleOf(nestedType(() => AnomalyEntry), { default: () => NONE })
  readonly anomalies!: readonly AnomalyEntry[];

  @IsNested(() => SnapshotSummary, { nullable: true })
  readonly latest_snapshot!: SnapshotSummary | null;

  @IsTupleOf(nestedType(() => DriftRecord), { default: () => NONE })
  readonly drift_history!: readonly DriftRecord[];

  @IsLiteral(PARITY_STATUSES, { default: 'unknown' })
  readonly parity_status!: ParityStatus;

  @IsLaxInt({}, { default: 0 })
  readonly event_count!: number;

  /** `new MissionDossierState()` is the empty state; an argument is validated as `fromDict` does. */
  constructor(data: MissionDossierStateInit = {}) {
    super();
    initFromDict(this, MissionDossierState, data);
  }
}
