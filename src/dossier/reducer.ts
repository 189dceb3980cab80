/**
 * The dossier reducer (reference `dossier.py` §6): dossier events → `MissionDossierState`.
 *
 * Pipeline: keep the 4 dossier types → stable sort by `(lamport_clock, timestamp, event_id)` →
 * dedup by `event_id` → namespace check → fold. Every event whose payload `namespace` parses
 * must share the 5-field key of the first one (`step_id` excluded), otherwise
 * `NamespaceMixedStreamError`; when more than one distinct non-null `step_id` is seen, the
 * state's namespace has `step_id` null. An event whose payload does not parse is skipped (but
 * counted in `event_count`). Artifacts are keyed by path (last index wins; `supersedes` marks
 * the earlier entry of that path); parity is `drifted` after any drift, else `clean` after a
 * snapshot, else `unknown`.
 */
import { hasOwn, pyRepr } from '../conventions';
import { EventLogReducer, REDUCE_LOG } from '../pipeline/event-log-reducer';
import type { PipelineEvent } from '../pipeline/status-fold';
import { FrozenMap, INVALID, constructModel, modelFields, parseModel, type ModelClass } from '../validation';
import {
  DOSSIER_EVENT_TYPES,
  MISSION_DOSSIER_ARTIFACT_INDEXED,
  MISSION_DOSSIER_ARTIFACT_MISSING,
  MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
  MISSION_DOSSIER_SNAPSHOT_COMPUTED,
  NamespaceMixedStreamError,
} from './constants';
import {
  LocalNamespaceTuple,
  MissionDossierArtifactIndexedPayload,
  MissionDossierArtifactMissingPayload,
  MissionDossierParityDriftDetectedPayload,
  MissionDossierSnapshotComputedPayload,
} from './payloads';
import { AnomalyEntry, ArtifactEntry, DriftRecord, MissionDossierState, SnapshotSummary, type ParityStatus } from './reducer-models';

/** The event shape the reducer reads (6.1.0 and 2.1.0 envelopes both fit it). */
export type DossierEvent = PipelineEvent;

/** Parses a payload; `null` when it does not fit (any failure, as the reference's `except Exception`). */
function parseOrNull<M>(model: ModelClass<M>, input: unknown): M | null {
  try {
    const parsed = parseModel(model, input, [], []);
    return parsed === INVALID ? null : parsed;
  } catch {
    return null;
  }
}

function payloadNamespace(event: DossierEvent): LocalNamespaceTuple | null {
  const payload: unknown = event.payload;
  if (typeof payload !== 'object' || payload === null || !hasOwn(payload, 'namespace')) return null;
  const raw = (payload as Record<string, unknown>)['namespace'];
  return raw === null || raw === undefined ? null : parseOrNull(LocalNamespaceTuple, raw);
}

function namespaceKey(ns: LocalNamespaceTuple): string {
  return JSON.stringify([ns.project_uuid, ns.mission_slug, ns.target_branch, ns.mission_type, ns.manifest_version]);
}

/** Python's repr of the model: `LocalNamespaceTuple(project_uuid='…', …, step_id=None)`. */
function namespaceRepr(ns: LocalNamespaceTuple): string {
  const parts = modelFields(LocalNamespaceTuple).map((field) => {
    const value = (ns as unknown as Record<string, unknown>)[field.name];
    return `${field.name}=${value === null ? 'None' : pyRepr(value)}`;
  });
  return `LocalNamespaceTuple(${parts.join(', ')})`;
}

/**
 * The dossier reducer as an incremental fold: `apply` events in any order, read `state` at any
 * time; the result always equals `reduceMissionDossier` over every event applied so far
 * (including the `NamespaceMixedStreamError`, thrown by `state`).
 */
export class MissionDossierReducer extends EventLogReducer<MissionDossierState> {
  private canonical: LocalNamespaceTuple | null = null;
  private canonicalKey = '';
  private stepIds = new Set<string>();
  private artifacts = new Map<string, ArtifactEntry>();
  private anomalies: AnomalyEntry[] = [];
  private snapshot: SnapshotSummary | null = null;
  private drifts: DriftRecord[] = [];

  protected keeps(event: DossierEvent): boolean {
    return DOSSIER_EVENT_TYPES.has(event.event_type);
  }

  protected reset(): void {
    this.canonical = null;
    this.canonicalKey = '';
    this.stepIds = new Set();
    this.artifacts = new Map();
    this.anomalies = [];
    this.snapshot = null;
    this.drifts = [];
  }

  private checkNamespace(event: DossierEvent): void {
    const ns = payloadNamespace(event);
    if (ns === null) return;
    if (ns.step_id !== null) this.stepIds.add(ns.step_id);
    if (this.canonical === null) {
      this.canonical = ns;
      this.canonicalKey = namespaceKey(ns);
    } else if (namespaceKey(ns) !== this.canonicalKey) {
      throw new NamespaceMixedStreamError(`Namespace mismatch in dossier event stream. Expected: ${namespaceRepr(this.canonical)}. Got: ${namespaceRepr(ns)}.`);
    }
  }

  protected step(event: DossierEvent): void {
    this.checkNamespace(event);
    switch (event.event_type) {
      case MISSION_DOSSIER_ARTIFACT_INDEXED: {
        const p = parseOrNull(MissionDossierArtifactIndexedPayload, event.payload);
        if (p === null) return;
        if (p.supersedes !== null) {
          const old = this.artifacts.get(p.supersedes.path);
          if (old !== undefined) this.artifacts.set(p.supersedes.path, constructModel(ArtifactEntry, { ...entryValues(old), superseded: true }));
        }
        this.artifacts.set(
          p.artifact_id.path,
          constructModel(ArtifactEntry, { identity: p.artifact_id, content_ref: p.content_ref, indexed_at: p.indexed_at, provenance: p.provenance, superseded: false, step_id: p.step_id }),
        );
        return;
      }
      case MISSION_DOSSIER_ARTIFACT_MISSING: {
        const p = parseOrNull(MissionDossierArtifactMissingPayload, event.payload);
        if (p === null) return;
        this.anomalies.push(
          constructModel(AnomalyEntry, {
            anomaly_type: 'missing_artifact',
            expected_identity: p.expected_identity,
            manifest_step: p.manifest_step,
            checked_at: p.checked_at,
            remediation_hint: p.remediation_hint,
          }),
        );
        return;
      }
      case MISSION_DOSSIER_SNAPSHOT_COMPUTED: {
        const p = parseOrNull(MissionDossierSnapshotComputedPayload, event.payload);
        if (p === null) return;
        this.snapshot = constructModel(SnapshotSummary, {
          snapshot_hash: p.snapshot_hash,
          artifact_count: p.artifact_count,
          anomaly_count: p.anomaly_count,
          computed_at: p.computed_at,
          algorithm: p.algorithm ?? 'sha256',
        });
        return;
      }
      case MISSION_DOSSIER_PARITY_DRIFT_DETECTED: {
        const p = parseOrNull(MissionDossierParityDriftDetectedPayload, event.payload);
        if (p === null) return;
        this.drifts.push(constructModel(DriftRecord, { expected_hash: p.expected_hash, actual_hash: p.actual_hash, drift_kind: p.drift_kind, detected_at: p.detected_at }));
        return;
      }
      default:
        return;
    }
  }

  protected finish(log: readonly DossierEvent[]): MissionDossierState {
    if (log.length === 0) return new MissionDossierState();
    let namespace = this.canonical;
    if (namespace !== null && this.stepIds.size > 1) namespace = constructModel(LocalNamespaceTuple, { ...namespaceValues(namespace), step_id: null });
    const parity: ParityStatus = this.drifts.length > 0 ? 'drifted' : this.snapshot !== null ? 'clean' : 'unknown';
    return constructModel(MissionDossierState, {
      namespace,
      artifacts: new FrozenMap(this.artifacts),
      anomalies: Object.freeze(this.anomalies.slice()),
      latest_snapshot: this.snapshot,
      drift_history: Object.freeze(this.drifts.slice()),
      parity_status: parity,
      event_count: log.length,
    });
  }
}

function entryValues(entry: ArtifactEntry): Record<string, unknown> {
  return { identity: entry.identity, content_ref: entry.content_ref, indexed_at: entry.indexed_at, provenance: entry.provenance, superseded: entry.superseded, step_id: entry.step_id };
}

function namespaceValues(ns: LocalNamespaceTuple): Record<string, unknown> {
  return {
    project_uuid: ns.project_uuid,
    mission_slug: ns.mission_slug,
    target_branch: ns.target_branch,
    mission_type: ns.mission_type,
    manifest_version: ns.manifest_version,
    step_id: ns.step_id,
  };
}

/**
 * Folds dossier events into the deterministic `MissionDossierState`. Pure.
 * @throws NamespaceMixedStreamError when the events span more than one namespace.
 */
export function reduceMissionDossier(events: readonly DossierEvent[]): MissionDossierState {
  return new MissionDossierReducer()[REDUCE_LOG](events);
}
