/**
 * Connector payload models (reference `connector.py` §5): every payload carries the binding
 * fields (connector, provider, mission, project, actor, endpoint, `recorded_at`) before its
 * own. Frozen, unknown keys ignored; no field descriptions (the reference has none).
 */
import { EventPayload, SchemaModel } from '../registry';
import { IsHttpUrl, IsLaxFloat, IsPyDateTime, IsPyEnum, IsPyString, IsPyUuid, WireModel, type PyDateTime } from '../validation';
import { pythonPattern } from '../validation/parsers';
import {
  CONNECTOR_DEGRADED,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_PROVISIONED,
  CONNECTOR_RECONNECTED,
  CONNECTOR_REVOKED,
  CONNECTOR_STATE_ENUM,
  HEALTH_STATUS_ENUM,
  RECONNECT_STRATEGY_ENUM,
  type ConnectorState,
  type HealthStatus,
  type ReconnectStrategy,
} from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const ACTOR_TYPE = pythonPattern('^(human|service|system)$');
const V6 = ['6.1.0'] as const;

/** The binding fields shared by the seven connector payloads. */
export abstract class ConnectorBindingBase extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly connector_id!: string;

  @IsPyString(NON_EMPTY)
  readonly connector_type!: string;

  @IsPyString(NON_EMPTY)
  readonly provider!: string;

  @IsPyString(NON_EMPTY)
  readonly mission_id!: string;

  @IsPyUuid()
  readonly project_uuid!: string;

  @IsPyString(NON_EMPTY)
  readonly actor_id!: string;

  @IsPyString({ pattern: ACTOR_TYPE })
  readonly actor_type!: string;

  @IsHttpUrl()
  readonly endpoint_url!: string;

  @IsPyDateTime()
  readonly recorded_at!: PyDateTime;
}

@EventPayload(CONNECTOR_PROVISIONED, 'connector_provisioned_payload', { contracts: [...V6], description: 'Payload for ConnectorProvisioned events.' })
export class ConnectorProvisionedPayload extends ConnectorBindingBase {
  @IsPyString(NON_EMPTY)
  readonly credentials_ref!: string;

  @IsPyString(NON_EMPTY)
  readonly config_hash!: string;

  @IsPyString({}, { nullable: true })
  readonly user_id!: string | null;
}

@EventPayload(CONNECTOR_HEALTH_CHECKED, 'connector_health_checked_payload', { contracts: [...V6], description: 'Payload for ConnectorHealthChecked events.' })
export class ConnectorHealthCheckedPayload extends ConnectorBindingBase {
  @IsPyEnum(HEALTH_STATUS_ENUM)
  readonly health_status!: HealthStatus;

  @IsLaxFloat({ ge: 0 })
  readonly latency_ms!: number;

  @IsPyString({}, { nullable: true })
  readonly user_id!: string | null;
}

@EventPayload(CONNECTOR_DEGRADED, 'connector_degraded_payload', { contracts: [...V6], description: 'Payload for ConnectorDegraded events.' })
export class ConnectorDegradedPayload extends ConnectorBindingBase {
  @IsPyString(NON_EMPTY)
  readonly degradation_reason!: string;

  @IsPyDateTime()
  readonly last_healthy_at!: PyDateTime;

  @IsPyString({}, { nullable: true })
  readonly user_id!: string | null;
}

@EventPayload(CONNECTOR_REVOKED, 'connector_revoked_payload', { contracts: [...V6], description: 'Payload for ConnectorRevoked events.' })
export class ConnectorRevokedPayload extends ConnectorBindingBase {
  @IsPyString(NON_EMPTY)
  readonly revocation_reason!: string;

  @IsPyString({}, { nullable: true })
  readonly user_id!: string | null;
}

@EventPayload(CONNECTOR_RECONNECTED, 'connector_reconnected_payload', { contracts: [...V6], description: 'Payload for ConnectorReconnected events.' })
export class ConnectorReconnectedPayload extends ConnectorBindingBase {
  @IsPyEnum(CONNECTOR_STATE_ENUM)
  readonly previous_state!: ConnectorState;

  @IsPyEnum(RECONNECT_STRATEGY_ENUM)
  readonly reconnect_strategy!: ReconnectStrategy;

  @IsPyString({}, { nullable: true })
  readonly user_id!: string | null;
}

/** Published schema only: the reference's validate_event does not know `UserConnected` (nor does ours). */
@SchemaModel('user_connected_payload', { contracts: [...V6], description: 'Payload for UserConnected events.' })
export class UserConnectedPayload extends ConnectorBindingBase {
  @IsPyString(NON_EMPTY)
  readonly user_id!: string;
}

/** Published schema only: the reference's validate_event does not know `UserDisconnected` (nor does ours). */
@SchemaModel('user_disconnected_payload', { contracts: [...V6], description: 'Payload for UserDisconnected events.' })
export class UserDisconnectedPayload extends ConnectorBindingBase {
  @IsPyString(NON_EMPTY)
  readonly user_id!: string;

  @IsPyString({}, { default: '' })
  readonly reason!: string;
}

/** Any of the seven connector payloads (reference `ConnectorPayload`). */
export type ConnectorPayload =
  | ConnectorProvisionedPayload
  | ConnectorHealthCheckedPayload
  | ConnectorDegradedPayload
  | ConnectorRevokedPayload
  | ConnectorReconnectedPayload
  | UserConnectedPayload
  | UserDisconnectedPayload;
