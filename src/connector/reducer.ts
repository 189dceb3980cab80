/**
 * The connector reducer (reference `connector.py` §7): sort by `(lamport_clock, timestamp,
 * event_id)` → dedup by `event_id` → count every remaining event (`event_count`, all types) →
 * fold the seven connector types. A payload that does not parse is a `malformed_payload`
 * anomaly (pydantic's error text). `UserConnected` / `UserDisconnected` update the per-user
 * roster only (a disconnect of a user never seen is an `invalid_transition` anomaly, and still
 * recorded). Binding-level events must follow `ALLOWED_TRANSITIONS` (else `invalid_transition`,
 * skipped); an applied one sets state, connector, provider, logs the transition, a health check
 * sets `last_health_check`, and a non-empty `user_id` updates the roster. The roster is output
 * sorted by user id (code points). Never throws; incremental, O(1) per event.
 */
import { compareCodePoints, pyRepr } from '../conventions';
import { EventLogReducer, REDUCE_LOG } from '../pipeline/event-log-reducer';
import { parsePayloadForReducer } from '../pipeline/payload-parse';
import type { PipelineEvent } from '../pipeline/status-fold';
import { constructModel, type ModelClass, type PyDateTime } from '../validation';
import {
  ALLOWED_TRANSITIONS,
  CONNECTOR_DEGRADED,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_PROVISIONED,
  CONNECTOR_RECONNECTED,
  CONNECTOR_REVOKED,
  EVENT_TO_STATE,
  USER_CONNECTED,
  USER_DISCONNECTED,
  USER_LEVEL_EVENT_TYPES,
  type ConnectorState,
} from './constants';
import {
  ConnectorDegradedPayload,
  ConnectorHealthCheckedPayload,
  ConnectorProvisionedPayload,
  ConnectorReconnectedPayload,
  ConnectorRevokedPayload,
  UserConnectedPayload,
  UserDisconnectedPayload,
  type ConnectorPayload,
} from './payloads';
import { ConnectorAnomaly, ReducedConnectorState, UserConnectionStatus, type ConnectorTransitionLogEntry } from './reducer-models';

/** The event shape the reducer reads. */
export type ConnectorEvent = PipelineEvent;

const PAYLOADS: ReadonlyMap<string, ModelClass<ConnectorPayload>> = new Map<string, ModelClass<ConnectorPayload>>([
  [CONNECTOR_PROVISIONED, ConnectorProvisionedPayload],
  [CONNECTOR_HEALTH_CHECKED, ConnectorHealthCheckedPayload],
  [CONNECTOR_DEGRADED, ConnectorDegradedPayload],
  [CONNECTOR_REVOKED, ConnectorRevokedPayload],
  [CONNECTOR_RECONNECTED, ConnectorReconnectedPayload],
  [USER_CONNECTED, UserConnectedPayload],
  [USER_DISCONNECTED, UserDisconnectedPayload],
]);

/**
 * The connector reducer as an incremental fold: `apply` events in any order, read `state` at
 * any time; the result always equals `reduceConnectorEvents` over every event applied so far.
 */
export class ConnectorReducer extends EventLogReducer<ReducedConnectorState> {
  private current: ConnectorState | null = null;
  private connectorId: string | null = null;
  private provider: string | null = null;
  private lastHealthCheck: PyDateTime | null = null;
  private transitions: ConnectorTransitionLogEntry[] = [];
  private roster = new Map<string, { readonly state: ConnectorState; readonly at: PyDateTime }>();
  private anomalies: ConnectorAnomaly[] = [];

  /** Every event counts towards `event_count`; non-connector types are skipped by the fold. */
  protected keeps(_event: ConnectorEvent): boolean {
    return true;
  }

  protected reset(): void {
    this.current = null;
    this.connectorId = null;
    this.provider = null;
    this.lastHealthCheck = null;
    this.transitions = [];
    this.roster = new Map();
    this.anomalies = [];
  }

  private anomaly(kind: string, event: ConnectorEvent, message: string): void {
    this.anomalies.push(constructModel(ConnectorAnomaly, { kind, event_id: event.event_id, message }));
  }

  protected step(event: ConnectorEvent): void {
    const type = event.event_type;
    const model = PAYLOADS.get(type);
    if (model === undefined) return; // not one of CONNECTOR_EVENT_TYPES
    const target = EVENT_TO_STATE.get(type)!;
    const parsed = parsePayloadForReducer(model, event.payload);
    if (!parsed.ok) return this.anomaly('malformed_payload', event, `Payload validation failed for ${pyRepr(type)}: ${parsed.errorText}`);
    const payload = parsed.payload;
    const userId = payload.user_id;
    if (USER_LEVEL_EVENT_TYPES.has(type)) {
      if (typeof userId === 'string' && userId !== '') {
        if (type === USER_DISCONNECTED && !this.roster.has(userId)) {
          this.anomaly('invalid_transition', event, `UserDisconnected for user ${pyRepr(userId)} who has no prior connection event`);
        }
        this.roster.set(userId, { state: target, at: payload.recorded_at });
      }
      return;
    }
    if (!ALLOWED_TRANSITIONS.get(this.current)?.has(target)) {
      return this.anomaly('invalid_transition', event, `Invalid transition: ${this.current ?? 'None'} -> ${target}`);
    }
    this.current = target;
    this.connectorId = payload.connector_id;
    this.provider = payload.provider;
    this.transitions.push(Object.freeze([event.event_id, target] as const));
    if (payload instanceof ConnectorHealthCheckedPayload) this.lastHealthCheck = payload.recorded_at;
    if (typeof userId === 'string' && userId !== '') this.roster.set(userId, { state: target, at: payload.recorded_at });
  }

  protected finish(log: readonly ConnectorEvent[]): ReducedConnectorState {
    const users = [...this.roster.keys()].sort(compareCodePoints);
    return constructModel(ReducedConnectorState, {
      connector_id: this.connectorId,
      current_state: this.current,
      provider: this.provider,
      last_health_check: this.lastHealthCheck,
      anomalies: Object.freeze(this.anomalies.slice()),
      event_count: log.length,
      transition_log: Object.freeze(this.transitions.slice()),
      user_connections: Object.freeze(
        users.map((user) => {
          const entry = this.roster.get(user)!;
          return constructModel(UserConnectionStatus, { user_id: user, state: entry.state, last_event_at: entry.at });
        }),
      ),
    });
  }
}

/** Folds events into the connector state (other events count towards `event_count` only). Pure; never throws. */
export function reduceConnectorEvents(events: readonly ConnectorEvent[]): ReducedConnectorState {
  return new ConnectorReducer()[REDUCE_LOG](events);
}
