/** The dossier family (reference `dossier.py`): 4 event types, parity value objects, payloads, the reducer. */
export {
  MISSION_DOSSIER_ARTIFACT_INDEXED,
  MISSION_DOSSIER_ARTIFACT_MISSING,
  MISSION_DOSSIER_SNAPSHOT_COMPUTED,
  MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
  DOSSIER_EVENT_TYPES,
  NamespaceMixedStreamError,
} from './constants';
export {
  LocalNamespaceTuple,
  ArtifactIdentity,
  ContentHashRef,
  ProvenanceRef,
  MissionDossierArtifactIndexedPayload,
  MissionDossierArtifactMissingPayload,
  MissionDossierSnapshotComputedPayload,
  MissionDossierParityDriftDetectedPayload,
  MissionDossierArtifactIndexed,
  MissionDossierArtifactMissing,
  MissionDossierSnapshotComputed,
  MissionDossierParityDriftDetected,
} from './payloads';
export type { ArtifactClass, DriftKind, HashAlgorithm, ProvenanceActorKind } from './payloads';
export { ArtifactEntry, AnomalyEntry, SnapshotSummary, DriftRecord, MissionDossierState } from './reducer-models';
export type { MissionDossierStateInit, ParityStatus } from './reducer-models';
export { MissionDossierReducer, reduceMissionDossier } from './reducer';
export type { DossierEvent } from './reducer';
