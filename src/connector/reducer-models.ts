/**
 * The connector reducer's output models (reference `connector.py` §4, §6): `ConnectorAnomaly`,
 * `UserConnectionStatus` (published schema `user_connection_status`) and
 * `ReducedConnectorState`. Frozen.
 */
import { SchemaModel } from '../registry';
import { Described, IsLaxInt, IsPyDateTime, IsPyEnum, IsPyString, IsTupleOf, WireModel, fixedTupleType, initFromDict, nestedType, pyStringType, type PyDateTime } from '../validation';
import { CONNECTOR_STATE_ENUM, type ConnectorState } from './constants';

@Described('Non-fatal issue recorded during Connector reduction.\n\nValid kind values: "invalid_transition", "unknown_event_type",\n"malformed_payload".')
export class ConnectorAnomaly extends WireModel {
  @IsPyString()
  readonly kind!: string;

  @IsPyString()
  readonly event_id!: string;

  @IsPyString()
  readonly message!: string;
}

@SchemaModel('user_connection_status', { contracts: ['6.1.0'], description: 'Per-user connection state entry in ReducedConnectorState roster.' })
export class UserConnectionStatus extends WireModel {
  @IsPyString()
  readonly user_id!: string;

  @IsPyEnum(CONNECTOR_STATE_ENUM)
  readonly state!: ConnectorState;

  @IsPyDateTime({ nullable: true })
  readonly last_event_at!: PyDateTime | null;
}

/** One `transition_log` entry: `[event_id, state]`. */
export type ConnectorTransitionLogEntry = readonly [string, string];

/** Constructor input: the same plain object `fromDict` takes (every key optional). */
export type ReducedConnectorStateInit = Readonly<Record<string, unknown>>;

const NONE: readonly never[] = Object.freeze([]);

@Described('Deterministic projection output of reduce_connector_events().')
export class ReducedConnectorState extends WireModel {
  @IsPyString({}, { nullable: true })
  readonly connector_id!: string | null;

  @IsPyEnum(CONNECTOR_STATE_ENUM, { nullable: true })
  readonly current_state!: ConnectorState | null;

  @IsPyString({}, { nullable: true })
  readonly provider!: string | null;

  @IsPyDateTime({ nullable: true })
  readonly last_health_check!: PyDateTime | null;

  @IsTupleOf(nestedType(() => ConnectorAnomaly), { default: () => NONE })
  readonly anomalies!: readonly ConnectorAnomaly[];

  @IsLaxInt({}, { default: 0 })
  readonly event_count!: number;

  @IsTupleOf(fixedTupleType<[string, string]>([pyStringType(), pyStringType()]), { default: () => NONE })
  readonly transition_log!: readonly ConnectorTransitionLogEntry[];

  @IsTupleOf(nestedType(() => UserConnectionStatus), { default: () => NONE })
  readonly user_connections!: readonly UserConnectionStatus[];

  /** `new ReducedConnectorState()` is the empty state; with an argument it validates as `fromDict` does. */
  constructor(data: ReducedConnectorStateInit = {}) {
    super();
    initFromDict(this, ReducedConnectorState, data);
  }
}
