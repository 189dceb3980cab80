/**
 * The sync reducer (reference `sync.py` §8): sort by `(lamport_clock, timestamp, event_id)` →
 * dedup by `event_id` → count every remaining event (`event_count`, all types) → fold the five
 * sync types. Each sync payload is parsed (a failure is a `malformed_payload` anomaly carrying
 * pydantic's error text); a repeated `(delivery_id, source_event_fingerprint)` pair is a
 * `duplicate_delivery_pair` anomaly and is skipped; otherwise the outcome is counted and logged
 * and `connector_id` becomes the payload's. Never throws. The fold is incremental (O(1) per event).
 */
import { pyRepr } from '../conventions';
import { EventLogReducer, REDUCE_LOG } from '../pipeline/event-log-reducer';
import type { PipelineEvent } from '../pipeline/status-fold';
import { parsePayloadForReducer } from '../pipeline/payload-parse';
import { FrozenMap, FrozenSet, constructModel, type ModelClass } from '../validation';
import { SYNC_DEAD_LETTERED, SYNC_INGEST_ACCEPTED, SYNC_INGEST_REJECTED, SYNC_REPLAY_COMPLETED, SYNC_RETRY_SCHEDULED, SyncOutcome } from './constants';
import {
  SyncDeadLetteredPayload,
  SyncIngestAcceptedPayload,
  SyncIngestRejectedPayload,
  SyncReplayCompletedPayload,
  SyncRetryScheduledPayload,
  type SyncPayload,
} from './payloads';
import { ReducedSyncState, SyncAnomaly, type SyncDeliveryPair, type SyncOutcomeLogEntry } from './reducer-models';

/** The event shape the reducer reads. */
export type SyncEvent = PipelineEvent;

interface SyncRule {
  readonly payload: ModelClass<SyncPayload>;
  readonly outcome: SyncOutcome;
  readonly countKey: string;
}

const RULES: ReadonlyMap<string, SyncRule> = new Map<string, SyncRule>([
  [SYNC_INGEST_ACCEPTED, { payload: SyncIngestAcceptedPayload, outcome: SyncOutcome.ACCEPTED, countKey: 'accepted_count' }],
  [SYNC_INGEST_REJECTED, { payload: SyncIngestRejectedPayload, outcome: SyncOutcome.REJECTED, countKey: 'rejected_count' }],
  [SYNC_RETRY_SCHEDULED, { payload: SyncRetryScheduledPayload, outcome: SyncOutcome.RETRY_SCHEDULED, countKey: 'retry_count' }],
  [SYNC_DEAD_LETTERED, { payload: SyncDeadLetteredPayload, outcome: SyncOutcome.DEAD_LETTERED, countKey: 'dead_letter_count' }],
  [SYNC_REPLAY_COMPLETED, { payload: SyncReplayCompletedPayload, outcome: SyncOutcome.REPLAY_COMPLETED, countKey: 'replay_count' }],
]);

/** The counters in the reference's insertion order. */
const COUNT_KEYS = ['accepted_count', 'rejected_count', 'retry_count', 'dead_letter_count', 'replay_count'] as const;

/**
 * The sync reducer as an incremental fold: `apply` events in any order, read `state` at any
 * time; the result always equals `reduceSyncEvents` over every event applied so far.
 */
export class SyncReducer extends EventLogReducer<ReducedSyncState> {
  private connectorId: string | null = null;
  private counts = new Map<string, number>(COUNT_KEYS.map((key) => [key, 0] as const));
  private outcomeLog: SyncOutcomeLogEntry[] = [];
  private seen = new Map<string, Set<string>>();
  private pairs: SyncDeliveryPair[] = [];
  private anomalies: SyncAnomaly[] = [];

  /** Every event counts towards `event_count`; non-sync types are skipped by the fold. */
  protected keeps(_event: SyncEvent): boolean {
    return true;
  }

  protected reset(): void {
    this.connectorId = null;
    this.counts = new Map(COUNT_KEYS.map((key) => [key, 0] as const));
    this.outcomeLog = [];
    this.seen = new Map();
    this.pairs = [];
    this.anomalies = [];
  }

  private anomaly(kind: string, event: SyncEvent, message: string): void {
    this.anomalies.push(constructModel(SyncAnomaly, { kind, event_id: event.event_id, message }));
  }

  protected step(event: SyncEvent): void {
    const rule = RULES.get(event.event_type);
    if (rule === undefined) return; // not one of SYNC_EVENT_TYPES
    const parsed = parsePayloadForReducer(rule.payload, event.payload);
    if (!parsed.ok) return this.anomaly('malformed_payload', event, `Payload validation failed for ${pyRepr(event.event_type)}: ${parsed.errorText}`);
    const payload = parsed.payload;
    const pair: SyncDeliveryPair = Object.freeze([payload.delivery_id, payload.source_event_fingerprint] as const);
    // Fingerprints seen per delivery id: the payload's own strings as keys, no joined key to build.
    let fingerprints = this.seen.get(pair[0]);
    if (fingerprints === undefined) this.seen.set(pair[0], (fingerprints = new Set()));
    else if (fingerprints.has(pair[1])) {
      return this.anomaly('duplicate_delivery_pair', event, `Duplicate (delivery_id, source_event_fingerprint) pair: (${pyRepr(pair[0])}, ${pyRepr(pair[1])})`);
    }
    fingerprints.add(pair[1]);
    this.pairs.push(pair);
    this.connectorId = payload.connector_id;
    this.counts.set(rule.countKey, (this.counts.get(rule.countKey) ?? 0) + 1);
    this.outcomeLog.push(Object.freeze([event.event_id, rule.outcome, payload.delivery_id] as const));
  }

  protected finish(log: readonly SyncEvent[]): ReducedSyncState {
    return constructModel(ReducedSyncState, {
      connector_id: this.connectorId,
      outcome_counts: new FrozenMap(this.counts),
      outcome_log: Object.freeze(this.outcomeLog.slice()),
      seen_delivery_pairs: new FrozenSet(this.pairs),
      anomalies: Object.freeze(this.anomalies.slice()),
      event_count: log.length,
    });
  }
}

/** Folds events into the sync state (non-sync events count towards `event_count` only). Pure; never throws. */
export function reduceSyncEvents(events: readonly SyncEvent[]): ReducedSyncState {
  return new SyncReducer()[REDUCE_LOG](events);
}
