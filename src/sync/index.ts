/** Sync lifecycle at 6.1.0 (reference `sync.py`): its public face. */
export {
  SYNC_SCHEMA_VERSION,
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_RETRY_SCHEDULED,
  SYNC_DEAD_LETTERED,
  SYNC_REPLAY_COMPLETED,
  SYNC_EVENT_TYPES,
  EXTERNAL_REFERENCE_LINKED,
  SyncOutcome,
} from './constants';
export {
  SyncIngestAcceptedPayload,
  SyncIngestRejectedPayload,
  SyncRetryScheduledPayload,
  SyncDeadLetteredPayload,
  SyncReplayCompletedPayload,
  ExternalReferenceLinkedPayload,
  type SyncIdempotencyBase,
  type SyncPayload,
} from './payloads';
export { SyncAnomaly, ReducedSyncState, type ReducedSyncStateInit, type SyncDeliveryPair, type SyncOutcomeLogEntry } from './reducer-models';
export { SyncReducer, reduceSyncEvents, type SyncEvent } from './reducer';
