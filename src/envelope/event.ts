/**
 * The event envelope (ENVELOPE.md §1.1): identity, causal metadata and an opaque payload.
 * Registered as event type `Event`, schema `event`.
 */
import { firstCodePoints } from '../conventions';
import { EventPayload } from '../registry/registry';
import {
  IsJsonObject,
  IsLaxInt,
  IsPyDateTime,
  IsPyString,
  IsPyUuid,
  WireModel,
  type JsonObject,
  type PyDateTime,
} from '../validation';
import { pythonPattern } from '../validation/parsers';

/** 26 code points exactly: the ULID-shaped ids (content is not checked). */
const ULID_LENGTH = { minLength: 26, maxLength: 26 } as const;
/** `^\d+\.\d+\.\d+$` with the reference's digit set (pydantic-core's Rust `regex`). */
const SEMVER = pythonPattern('^\\d+\\.\\d+\\.\\d+$');

@EventPayload('Event', 'event', { description: 'Immutable event with causal metadata for distributed conflict detection.' })
export class Event extends WireModel {
  @IsPyString(ULID_LENGTH, { description: 'Unique event identifier (ULID format)' })
  readonly event_id!: string;

  @IsPyString({ minLength: 1 }, { description: "Event type identifier (e.g., 'WPStatusChanged', 'TagAdded')" })
  readonly event_type!: string;

  @IsPyString({ minLength: 1 }, { description: 'Identifier of the entity this event modifies' })
  readonly aggregate_id!: string;

  @IsJsonObject({ default: () => ({}), description: 'Event-specific data (opaque to library)' })
  readonly payload!: JsonObject;

  @IsPyDateTime({ description: 'Wall-clock timestamp (human-readable, not used for ordering)' })
  readonly timestamp!: PyDateTime;

  @IsPyString({ minLength: 1 }, { description: 'Identifier of the node that emitted this event' })
  readonly node_id!: string;

  @IsLaxInt({ ge: 0 }, { description: 'Lamport logical clock value (monotonically increasing)' })
  readonly lamport_clock!: number;

  @IsPyString(ULID_LENGTH, { nullable: true, description: 'Event ID of the parent event (None for root events)' })
  readonly causation_id!: string | null;

  @IsPyUuid({ description: 'UUID of the project this event belongs to' })
  readonly project_uuid!: string;

  @IsPyString({}, { nullable: true, description: 'Human-readable project identifier (optional)' })
  readonly project_slug!: string | null;

  @IsPyString(ULID_LENGTH, { description: 'ULID grouping all events in the same mission execution' })
  readonly correlation_id!: string;

  @IsPyString({ pattern: SEMVER }, { default: '1.0.0', description: 'Envelope schema version (semver)' })
  readonly schema_version!: string;

  @IsLaxInt({ ge: 0, le: 4 }, { default: 0, description: 'Progressive data sharing tier (0=local, 4=telemetry)' })
  readonly data_tier!: number;

  /** Python `repr`: `Event(event_id=01ARZ3ND..., type=T, aggregate=A, project=12345678..., lamport=0)`. */
  override toString(): string {
    return (
      `Event(event_id=${firstCodePoints(this.event_id, 8)}..., type=${this.event_type}, ` +
      `aggregate=${this.aggregate_id}, project=${this.project_uuid.slice(0, 8)}..., lamport=${this.lamport_clock})`
    );
  }
}
