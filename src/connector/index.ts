/** Connector lifecycle at 6.1.0 (reference `connector.py`): its public face. */
export {
  CONNECTOR_SCHEMA_VERSION,
  CONNECTOR_PROVISIONED,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_DEGRADED,
  CONNECTOR_REVOKED,
  CONNECTOR_RECONNECTED,
  CONNECTOR_EVENT_TYPES,
  USER_CONNECTED,
  USER_DISCONNECTED,
  ConnectorState,
  HealthStatus,
  ReconnectStrategy,
} from './constants';
export {
  ConnectorProvisionedPayload,
  ConnectorHealthCheckedPayload,
  ConnectorDegradedPayload,
  ConnectorRevokedPayload,
  ConnectorReconnectedPayload,
  UserConnectedPayload,
  UserDisconnectedPayload,
  type ConnectorBindingBase,
  type ConnectorPayload,
} from './payloads';
export { ConnectorAnomaly, UserConnectionStatus, ReducedConnectorState, type ReducedConnectorStateInit, type ConnectorTransitionLogEntry } from './reducer-models';
export { ConnectorReducer, reduceConnectorEvents, type ConnectorEvent } from './reducer';
