/**
 * Sync payload models (reference `sync.py` §5–6). Every sync payload carries the idempotency
 * base (`delivery_id`, `source_event_fingerprint`, `connector_id`, `mission_id`,
 * `recorded_at`) before its own fields. Frozen, unknown keys ignored.
 */
import { EventPayload } from '../registry';
import { IsHttpUrl, IsLaxInt, IsPyDateTime, IsPyString, WireModel, type PyDateTime } from '../validation';
import {
  EXTERNAL_REFERENCE_LINKED,
  SYNC_DEAD_LETTERED,
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_REPLAY_COMPLETED,
  SYNC_RETRY_SCHEDULED,
} from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const V6 = ['6.1.0'] as const;

/** The idempotent-ingest marker fields shared by the five sync payloads. */
export abstract class SyncIdempotencyBase extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly delivery_id!: string;

  @IsPyString(NON_EMPTY)
  readonly source_event_fingerprint!: string;

  @IsPyString(NON_EMPTY)
  readonly connector_id!: string;

  @IsPyString(NON_EMPTY)
  readonly mission_id!: string;

  @IsPyDateTime()
  readonly recorded_at!: PyDateTime;
}

@EventPayload(SYNC_INGEST_ACCEPTED, 'sync_ingest_accepted_payload', { contracts: [...V6], description: 'Payload for SyncIngestAccepted events.' })
export class SyncIngestAcceptedPayload extends SyncIdempotencyBase {
  @IsPyString(NON_EMPTY)
  readonly ingest_batch_id!: string;

  @IsLaxInt({ gt: 0 })
  readonly ingested_count!: number;
}

@EventPayload(SYNC_INGEST_REJECTED, 'sync_ingest_rejected_payload', { contracts: [...V6], description: 'Payload for SyncIngestRejected events.' })
export class SyncIngestRejectedPayload extends SyncIdempotencyBase {
  @IsPyString(NON_EMPTY)
  readonly rejection_reason!: string;

  @IsPyString(NON_EMPTY)
  readonly rejected_payload_ref!: string;
}

@EventPayload(SYNC_RETRY_SCHEDULED, 'sync_retry_scheduled_payload', { contracts: [...V6], description: 'Payload for SyncRetryScheduled events.' })
export class SyncRetryScheduledPayload extends SyncIdempotencyBase {
  @IsLaxInt({ ge: 1 })
  readonly retry_attempt!: number;

  @IsLaxInt({ ge: 1 })
  readonly max_retries!: number;

  @IsPyDateTime()
  readonly next_retry_at!: PyDateTime;
}

@EventPayload(SYNC_DEAD_LETTERED, 'sync_dead_lettered_payload', { contracts: [...V6], description: 'Payload for SyncDeadLettered events.' })
export class SyncDeadLetteredPayload extends SyncIdempotencyBase {
  @IsPyString(NON_EMPTY)
  readonly failure_reason!: string;

  @IsLaxInt({ ge: 1 })
  readonly total_attempts!: number;

  @IsPyString(NON_EMPTY)
  readonly dead_letter_ref!: string;
}

@EventPayload(SYNC_REPLAY_COMPLETED, 'sync_replay_completed_payload', { contracts: [...V6], description: 'Payload for SyncReplayCompleted events.' })
export class SyncReplayCompletedPayload extends SyncIdempotencyBase {
  @IsPyString(NON_EMPTY)
  readonly replay_id!: string;

  @IsLaxInt({ ge: 0 })
  readonly replayed_count!: number;

  @IsPyString(NON_EMPTY)
  readonly replay_source!: string;
}

/** Any of the five sync payloads (reference `SyncPayload`). */
export type SyncPayload = SyncIngestAcceptedPayload | SyncIngestRejectedPayload | SyncRetryScheduledPayload | SyncDeadLetteredPayload | SyncReplayCompletedPayload;

@EventPayload(EXTERNAL_REFERENCE_LINKED, 'external_reference_linked_payload', { contracts: [...V6], description: 'Payload for ExternalReferenceLinked events.' })
export class ExternalReferenceLinkedPayload extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly link_id!: string;

  @IsPyString(NON_EMPTY)
  readonly connector_id!: string;

  @IsPyString(NON_EMPTY)
  readonly external_provider!: string;

  @IsPyString(NON_EMPTY)
  readonly external_ref_type!: string;

  @IsPyString(NON_EMPTY)
  readonly external_ref_id!: string;

  @IsHttpUrl()
  readonly external_ref_url!: string;

  @IsPyString(NON_EMPTY)
  readonly internal_aggregate_type!: string;

  @IsPyString(NON_EMPTY)
  readonly internal_aggregate_id!: string;

  @IsPyString(NON_EMPTY)
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY)
  readonly linked_by!: string;

  @IsPyDateTime()
  readonly recorded_at!: PyDateTime;
}
