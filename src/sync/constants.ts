/** Sync lifecycle event type names and outcomes (reference `sync.py` §1–3). */
import { frozenSet } from '../conventions';

export const SYNC_SCHEMA_VERSION = '2.7.0';

export const SYNC_INGEST_ACCEPTED = 'SyncIngestAccepted';
export const SYNC_INGEST_REJECTED = 'SyncIngestRejected';
export const SYNC_RETRY_SCHEDULED = 'SyncRetryScheduled';
export const SYNC_DEAD_LETTERED = 'SyncDeadLettered';
export const SYNC_REPLAY_COMPLETED = 'SyncReplayCompleted';

/** The 5 sync event types the reducer folds; immutable at run time. */
export const SYNC_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_RETRY_SCHEDULED,
  SYNC_DEAD_LETTERED,
  SYNC_REPLAY_COMPLETED,
]);

/** Not a member of `SYNC_EVENT_TYPES`: links an internal aggregate to an external reference. */
export const EXTERNAL_REFERENCE_LINKED = 'ExternalReferenceLinked';

/** The outcome each sync event records. */
export enum SyncOutcome {
  ACCEPTED = 'accepted',
  REJECTED = 'rejected',
  RETRY_SCHEDULED = 'retry_scheduled',
  DEAD_LETTERED = 'dead_lettered',
  REPLAY_COMPLETED = 'replay_completed',
}
