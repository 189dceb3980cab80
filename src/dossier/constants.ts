/** Dossier event type names and the reducer's namespace error (reference `dossier.py` §1, §2). */
import { frozenSet } from '../conventions';
import { SpecKittyEventsError } from '../envelope/errors';

export const MISSION_DOSSIER_ARTIFACT_INDEXED = 'MissionDossierArtifactIndexed';
export const MISSION_DOSSIER_ARTIFACT_MISSING = 'MissionDossierArtifactMissing';
export const MISSION_DOSSIER_SNAPSHOT_COMPUTED = 'MissionDossierSnapshotComputed';
export const MISSION_DOSSIER_PARITY_DRIFT_DETECTED = 'MissionDossierParityDriftDetected';

/** The 4 dossier event types; immutable at run time. */
export const DOSSIER_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  MISSION_DOSSIER_ARTIFACT_INDEXED,
  MISSION_DOSSIER_ARTIFACT_MISSING,
  MISSION_DOSSIER_SNAPSHOT_COMPUTED,
  MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
]);

/**
 * Thrown by `reduceMissionDossier` when the events span more than one namespace (the 5-field
 * key; `step_id` excluded). Message: `Namespace mismatch in dossier event stream. Expected:
 * <repr>. Got: <repr>.`
 */
export class NamespaceMixedStreamError extends SpecKittyEventsError {
  constructor(message: string) {
    super(message);
  }
}
