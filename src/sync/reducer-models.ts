/**
 * The sync reducer's output models (reference `sync.py` §4, §7): `SyncAnomaly` and
 * `ReducedSyncState`. Frozen; no published schema. `seen_delivery_pairs` is a frozenset in
 * the reference, dumped in Python's hash order; `toDict()` writes it sorted.
 */
import { Described, FrozenMap, FrozenSet, IsLaxInt, IsMapOf, IsPyString, IsSetOf, IsTupleOf, WireModel, fixedTupleType, initFromDict, laxIntType, nestedType, pyStringType } from '../validation';

@Described('Non-fatal issue recorded during Sync reduction.\n\nValid kind values: "duplicate_delivery_pair", "malformed_payload",\n"unknown_event_type".')
export class SyncAnomaly extends WireModel {
  @IsPyString()
  readonly kind!: string;

  @IsPyString()
  readonly event_id!: string;

  @IsPyString()
  readonly message!: string;
}

/** One `outcome_log` entry: `[event_id, outcome, delivery_id]`. */
export type SyncOutcomeLogEntry = readonly [string, string, string];
/** One `seen_delivery_pairs` member: `[delivery_id, source_event_fingerprint]`. */
export type SyncDeliveryPair = readonly [string, string];

/** Constructor input: the same plain object `fromDict` takes (every key optional). */
export type ReducedSyncStateInit = Readonly<Record<string, unknown>>;

const NONE: readonly never[] = Object.freeze([]);

@Described('Deterministic projection output of reduce_sync_events().')
export class ReducedSyncState extends WireModel {
  @IsPyString({}, { nullable: true })
  readonly connector_id!: string | null;

  @IsMapOf(laxIntType(), { default: () => new FrozenMap<string, number>() })
  readonly outcome_counts!: ReadonlyMap<string, number>;

  @IsTupleOf(fixedTupleType<[string, string, string]>([pyStringType(), pyStringType(), pyStringType()]), { default: () => NONE })
  readonly outcome_log!: readonly SyncOutcomeLogEntry[];

  @IsSetOf(fixedTupleType<[string, string]>([pyStringType(), pyStringType()]), { default: () => new FrozenSet<SyncDeliveryPair>([]) })
  readonly seen_delivery_pairs!: ReadonlySet<SyncDeliveryPair>;

  @IsTupleOf(nestedType(() => SyncAnomaly), { default: () => NONE })
  readonly anomalies!: readonly SyncAnomaly[];

  @IsLaxInt({}, { default: 0 })
  readonly event_count!: number;

  /** `new ReducedSyncState()` is the empty state; with an argument it validates as `fromDict` does. */
  constructor(data: ReducedSyncStateInit = {}) {
    super();
    initFromDict(this, ReducedSyncState, data);
  }
}
