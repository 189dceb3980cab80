/**
 * The 6.1.0 event envelope: the 2.1.0 envelope plus a required `build_id`, event ids in three
 * accepted forms normalised by `normalizeEventId` (ULID, hyphenated or bare UUID), and
 * `schema_version` defaulting to the cutover value "3.0.0". Registered as event type `Event`,
 * schema `event`, in the 6.1.0 registry. The fields both versions share come from
 * `envelopeFields`; the 2.1.0 class stays in `src/v2/envelope/event.ts`.
 */
import { firstCodePoints } from '../conventions';
import { EventPayload } from '../registry/registry';
import { IsPyDateTime, IsPyString, WireModel, type JsonObject, type PyDateTime } from '../validation';
import { envelopeFields as field } from './envelope-fields';
import { IsEventId } from './event-id';

const DESCRIPTION =
  'Immutable event with causal metadata for distributed conflict detection.\n\n' +
  'Timestamp semantics\n-------------------\n\n' +
  'The ``timestamp`` field is the producer-assigned wall-clock occurrence time\n' +
  'of the modelled event. Consumers (SaaS ingestion, dashboards, audit, sync\n' +
  'drains, projections, scorecards) MUST preserve this value end-to-end and\n' +
  'MUST NOT substitute server-receipt, import, drain, or replay time for it.\n' +
  'Consumer-side receipt/import time, if persisted, MUST be stored under a\n' +
  'distinct field name \u2014 the recommended name is ``received_at``.\n\n' +
  'See ``kitty-specs/teamspace-event-contract-foundation-01KQHDE4/data-model.md``\n' +
  '(Timestamp Semantics: Rules R-T-01, R-T-02, R-T-03) for the authoritative\n' +
  'rules, and ``spec_kitty_events.conformance.assert_producer_occurrence_preserved``\n' +
  'for an executable consumer-side conformance helper.';

const TIMESTAMP_DESCRIPTION =
  'Producer-assigned wall-clock occurrence time (ISO-8601 UTC). Records when the modelled event ' +
  'actually happened on the producing system (CLI machine, runtime worker, tracker subsystem). ' +
  'Consumers MUST preserve this value through ingestion, persistence, projection, reduction, and ' +
  'serialization, and MUST NOT substitute receipt/import/server time for this field. Consumer ' +
  "receipt time, if persisted, MUST be stored under a distinct field (recommended: 'received_at'). " +
  'Not used for ordering \u2014 Lamport clock and node_id own ordering.';

/** The envelope's `schema_version` default at 6.1.0: the cutover contract value. */
export const EVENT_SCHEMA_VERSION_DEFAULT = '3.0.0';

@EventPayload('Event', 'event', { contracts: ['6.1.0'], description: DESCRIPTION })
export class Event extends WireModel {
  @IsEventId({}, { description: 'Unique event identifier (26-char ULID or UUID accepted)' })
  readonly event_id!: string;

  @field.eventType()
  readonly event_type!: string;

  @field.aggregateId()
  readonly aggregate_id!: string;

  @field.payload()
  readonly payload!: JsonObject;

  @IsPyDateTime({ description: TIMESTAMP_DESCRIPTION })
  readonly timestamp!: PyDateTime;

  @IsPyString({ minLength: 1 }, { description: 'Canonical checkout or worktree identity that produced this event' })
  readonly build_id!: string;

  @IsPyString(
    { minLength: 1 },
    { description: 'Required causal emitter identity used for Lamport ordering and deterministic tie-breaking' },
  )
  readonly node_id!: string;

  @field.lamportClock()
  readonly lamport_clock!: number;

  @IsEventId(
    { nullable: true },
    { description: 'Event ID of the parent event (26-char ULID or UUID accepted, None for root events)' },
  )
  readonly causation_id!: string | null;

  @field.projectUuid()
  readonly project_uuid!: string;

  @field.projectSlug()
  readonly project_slug!: string | null;

  @IsEventId({}, { description: 'Correlation identifier (26-char ULID or UUID accepted)' })
  readonly correlation_id!: string;

  @field.schemaVersion(EVENT_SCHEMA_VERSION_DEFAULT)
  readonly schema_version!: string;

  @field.dataTier()
  readonly data_tier!: number;

  /** Python `repr`: `Event(event_id=01ARZ3ND..., type=T, aggregate=A, build=B, project=12345678..., lamport=0)`. */
  override toString(): string {
    return (
      `Event(event_id=${firstCodePoints(this.event_id, 8)}..., type=${this.event_type}, ` +
      `aggregate=${this.aggregate_id}, build=${this.build_id}, ` +
      `project=${this.project_uuid.slice(0, 8)}..., lamport=${this.lamport_clock})`
    );
  }
}
