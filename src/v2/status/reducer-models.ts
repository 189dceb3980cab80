/**
 * The status reducer's output models (STATUS_AND_GATES.md §10): `WPState`,
 * `TransitionAnomaly` and `ReducedStatus`. Frozen, unknown keys ignored; no published schema.
 * Lane fields take exact values only (no `doing` alias).
 */
import {
  Described,
  FrozenMap,
  IsLaxInt,
  IsListOf,
  IsMapOf,
  IsNested,
  IsPyDateTime,
  IsPyEnum,
  IsPyString,
  WireModel,
  nestedType,
  type PyDateTime,
} from '../../validation';
import { DoneEvidence } from './evidence';
import { LANE_ENUM, type Lane } from './lanes';

const NON_EMPTY = { minLength: 1 } as const;

@Described('Per-work-package current state from reducer.')
export class WPState extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly wp_id!: string;

  @IsPyEnum(LANE_ENUM)
  readonly current_lane!: Lane;

  @IsPyString(NON_EMPTY)
  readonly last_event_id!: string;

  /** The transition event's timestamp, unchanged; `toDict` renders it as jsonTs. */
  @IsPyDateTime()
  readonly last_transition_at!: PyDateTime;

  /** Evidence, only when the current lane came from a →done transition. */
  @IsNested(() => DoneEvidence, { nullable: true })
  readonly evidence!: DoneEvidence | null;
}

@Described('Records an invalid transition encountered during reduction.')
export class TransitionAnomaly extends WireModel {
  @IsPyString(NON_EMPTY)
  readonly event_id!: string;

  /** The WP (or `<unknown>` when an unparseable payload had no usable `wp_id`). */
  @IsPyString(NON_EMPTY)
  readonly wp_id!: string;

  @IsPyEnum(LANE_ENUM, { nullable: true })
  readonly from_lane!: Lane | null;

  @IsPyEnum(LANE_ENUM, { nullable: true })
  readonly to_lane!: Lane | null;

  @IsPyString(NON_EMPTY)
  readonly reason!: string;
}

const NO_ANOMALIES: readonly TransitionAnomaly[] = Object.freeze([]);

@Described('Output of the reference reducer.')
export class ReducedStatus extends WireModel {
  /** State per WP, in the order each WP first received a valid transition. */
  @IsMapOf(nestedType(() => WPState), { default: () => new FrozenMap<string, WPState>() })
  readonly wp_states!: ReadonlyMap<string, WPState>;

  /** Rejected events, in emission order (all parse anomalies first). */
  @IsListOf(nestedType(() => TransitionAnomaly), {}, { default: () => NO_ANOMALIES })
  readonly anomalies!: readonly TransitionAnomaly[];

  /** Unique status events seen (including unparseable ones). */
  @IsLaxInt({ ge: 0 }, { default: 0 })
  readonly event_count!: number;

  /** The last event of the sorted unique log, whatever its fate. */
  @IsPyString({}, { nullable: true })
  readonly last_processed_event_id!: string | null;
}
