/**
 * The event envelope (ENVELOPE.md §1.1): identity, causal metadata and an opaque payload.
 * Registered as event type `Event`, schema `event`.
 */
import { firstCodePoints } from '../../conventions';
import { envelopeFields as field } from '../../envelope/envelope-fields';
import { EventPayload } from '../../registry/registry';
import { IsPyDateTime, IsPyString, WireModel, type JsonObject, type PyDateTime } from '../../validation';

/** 26 code points exactly: the ULID-shaped ids (content is not checked). */
const ULID_LENGTH = { minLength: 26, maxLength: 26 } as const;

@EventPayload('Event', 'event', { contracts: ['2.1.0'], description: 'Immutable event with causal metadata for distributed conflict detection.' })
export class Event extends WireModel {
  @IsPyString(ULID_LENGTH, { description: 'Unique event identifier (ULID format)' })
  readonly event_id!: string;

  @field.eventType()
  readonly event_type!: string;

  @field.aggregateId()
  readonly aggregate_id!: string;

  @field.payload()
  readonly payload!: JsonObject;

  @IsPyDateTime({ description: 'Wall-clock timestamp (human-readable, not used for ordering)' })
  readonly timestamp!: PyDateTime;

  @IsPyString({ minLength: 1 }, { description: 'Identifier of the node that emitted this event' })
  readonly node_id!: string;

  @field.lamportClock()
  readonly lamport_clock!: number;

  @IsPyString(ULID_LENGTH, { nullable: true, description: 'Event ID of the parent event (None for root events)' })
  readonly causation_id!: string | null;

  @field.projectUuid()
  readonly project_uuid!: string;

  @field.projectSlug()
  readonly project_slug!: string | null;

  @IsPyString(ULID_LENGTH, { description: 'ULID grouping all events in the same mission execution' })
  readonly correlation_id!: string;

  @field.schemaVersion('1.0.0')
  readonly schema_version!: string;

  @field.dataTier()
  readonly data_tier!: number;

  /** Python `repr`: `Event(event_id=01ARZ3ND..., type=T, aggregate=A, project=12345678..., lamport=0)`. */
  override toString(): string {
    return (
      `Event(event_id=${firstCodePoints(this.event_id, 8)}..., type=${this.event_type}, ` +
      `aggregate=${this.aggregate_id}, project=${this.project_uuid.slice(0, 8)}..., lamport=${this.lamport_clock})`
    );
  }
}
