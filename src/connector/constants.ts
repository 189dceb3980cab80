/** Connector event type names, states and enums (reference `connector.py` §1–3). */
import { frozenSet } from '../conventions';
import type { EnumDescriptor } from '../validation';

export const CONNECTOR_SCHEMA_VERSION = '2.8.0';

export const CONNECTOR_PROVISIONED = 'ConnectorProvisioned';
export const CONNECTOR_HEALTH_CHECKED = 'ConnectorHealthChecked';
export const CONNECTOR_DEGRADED = 'ConnectorDegraded';
export const CONNECTOR_REVOKED = 'ConnectorRevoked';
export const CONNECTOR_RECONNECTED = 'ConnectorReconnected';
export const USER_CONNECTED = 'UserConnected';
export const USER_DISCONNECTED = 'UserDisconnected';

/** The 7 connector event types (5 binding-level, 2 per-user); immutable at run time. */
export const CONNECTOR_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  CONNECTOR_PROVISIONED,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_DEGRADED,
  CONNECTOR_REVOKED,
  CONNECTOR_RECONNECTED,
  USER_CONNECTED,
  USER_DISCONNECTED,
]);

/** Per-user events: they update the roster only, never the binding-level state. */
export const USER_LEVEL_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([USER_CONNECTED, USER_DISCONNECTED]);

export enum ConnectorState {
  PROVISIONED = 'provisioned',
  HEALTHY = 'healthy',
  DEGRADED = 'degraded',
  REVOKED = 'revoked',
  RECONNECTED = 'reconnected',
}

export enum HealthStatus {
  HEALTHY = 'healthy',
  DEGRADED = 'degraded',
  UNREACHABLE = 'unreachable',
}

export enum ReconnectStrategy {
  AUTOMATIC = 'automatic',
  MANUAL = 'manual',
  BACKOFF = 'backoff',
}

export const CONNECTOR_STATE_ENUM: EnumDescriptor<ConnectorState> = Object.freeze({ name: 'ConnectorState', values: Object.freeze(Object.values(ConnectorState)) });
export const HEALTH_STATUS_ENUM: EnumDescriptor<HealthStatus> = Object.freeze({ name: 'HealthStatus', values: Object.freeze(Object.values(HealthStatus)) });
export const RECONNECT_STRATEGY_ENUM: EnumDescriptor<ReconnectStrategy> = Object.freeze({ name: 'ReconnectStrategy', values: Object.freeze(Object.values(ReconnectStrategy)) });

/** The state each event type moves to. */
export const EVENT_TO_STATE: ReadonlyMap<string, ConnectorState> = new Map([
  [CONNECTOR_PROVISIONED, ConnectorState.PROVISIONED],
  [CONNECTOR_HEALTH_CHECKED, ConnectorState.HEALTHY],
  [CONNECTOR_DEGRADED, ConnectorState.DEGRADED],
  [CONNECTOR_REVOKED, ConnectorState.REVOKED],
  [CONNECTOR_RECONNECTED, ConnectorState.RECONNECTED],
  [USER_CONNECTED, ConnectorState.PROVISIONED],
  [USER_DISCONNECTED, ConnectorState.REVOKED],
]);

/** Allowed binding-level transitions, from a state (`null`: none yet) to its next states. */
export const ALLOWED_TRANSITIONS: ReadonlyMap<ConnectorState | null, ReadonlySet<ConnectorState>> = new Map<ConnectorState | null, ReadonlySet<ConnectorState>>([
  [null, frozenSet([ConnectorState.PROVISIONED])],
  [ConnectorState.PROVISIONED, frozenSet([ConnectorState.HEALTHY, ConnectorState.DEGRADED, ConnectorState.REVOKED])],
  [ConnectorState.HEALTHY, frozenSet([ConnectorState.DEGRADED, ConnectorState.REVOKED])],
  [ConnectorState.DEGRADED, frozenSet([ConnectorState.HEALTHY, ConnectorState.REVOKED, ConnectorState.RECONNECTED])],
  [ConnectorState.REVOKED, frozenSet([ConnectorState.RECONNECTED])],
  [ConnectorState.RECONNECTED, frozenSet([ConnectorState.HEALTHY, ConnectorState.DEGRADED, ConnectorState.REVOKED])],
]);
