/**
 * The cutover artifact (reference `cutover.CutoverArtifact` / `CUTOVER_ARTIFACT`): the
 * machine-readable policy that says where the cutover signal lives, which value it must
 * carry and which legacy keys, event names and aggregate prefixes are forbidden. Shipped as
 * a constant of this module (never read from a file at run time).
 */
import { SchemaModel } from '../registry/registry';
import { ForbidExtra, IsLaxInt, IsLiteral, IsPyString, IsTupleOf, WireModel, pyStringType } from '../validation';
import { pythonPattern } from '../validation/parsers';

/** `^\d+\.\d+\.\d+$` with `\d` read as the reference's model layer reads it (its digit set, pinned). */
const SEMVER = pythonPattern('^\\d+\\.\\d+\\.\\d+$');

/** Where the cutover signal sits on the wire. */
export type CutoverSignalLocation = 'event_envelope' | 'payload' | 'artifact_only';
export const CUTOVER_SIGNAL_LOCATIONS: readonly CutoverSignalLocation[] = Object.freeze([
  'event_envelope',
  'payload',
  'artifact_only',
] as const);

@ForbidExtra()
@SchemaModel('cutover_artifact', { contracts: ['6.1.0'], description: 'Machine-readable cutover policy shipped with the package.' })
export class CutoverArtifact extends WireModel {
  @IsPyString({ pattern: SEMVER })
  readonly artifact_version!: string;

  @IsPyString({ pattern: SEMVER })
  readonly release_version!: string;

  @IsPyString({ minLength: 1 })
  readonly signal_field_name!: string;

  @IsLiteral(CUTOVER_SIGNAL_LOCATIONS)
  readonly signal_location!: CutoverSignalLocation;

  @IsPyString({ minLength: 1 })
  readonly cutover_contract_version!: string;

  @IsLaxInt({ ge: 0 })
  readonly accepted_major!: number;

  @IsTupleOf(pyStringType())
  readonly forbidden_legacy_keys!: readonly string[];

  @IsTupleOf(pyStringType())
  readonly forbidden_legacy_event_names!: readonly string[];

  @IsTupleOf(pyStringType())
  readonly forbidden_legacy_aggregate_names!: readonly string[];

  @IsTupleOf(pyStringType(), { default: Object.freeze([]) as readonly string[] })
  readonly forbidden_legacy_contract_surfaces!: readonly string[];
}

/** The authoritative cutover artifact of this release (reference `CUTOVER_ARTIFACT`). */
export const CUTOVER_ARTIFACT: CutoverArtifact = CutoverArtifact.fromDict({
  artifact_version: '1.0.0',
  release_version: '3.0.0',
  signal_field_name: 'schema_version',
  signal_location: 'event_envelope',
  cutover_contract_version: '3.0.0',
  accepted_major: 3,
  forbidden_legacy_keys: ['feature_slug', 'feature_number', 'mission_key'],
  forbidden_legacy_event_names: ['FeatureCreated', 'FeatureClosed'],
  forbidden_legacy_aggregate_names: ['feature', 'feature_catalog'],
  forbidden_legacy_contract_surfaces: ['legacy-cleanup'],
});

/** The authoritative cutover artifact (reference `load_cutover_artifact`). */
export function loadCutoverArtifact(): CutoverArtifact {
  return CUTOVER_ARTIFACT;
}

/** The exact on-wire field name of the cutover signal: `schema_version`. */
export function canonicalSignalFieldName(): string {
  return CUTOVER_ARTIFACT.signal_field_name;
}

/** Where the canonical cutover signal must appear on the wire: `event_envelope`. */
export function canonicalSignalLocation(): CutoverSignalLocation {
  return CUTOVER_ARTIFACT.signal_location;
}
