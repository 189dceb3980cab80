/**
 * Contract 6.1.0 lanes: ten work-package lanes (with the non-display `genesis` origin and the
 * review lanes `in_review` / `approved`), the v1 and v2 sync lanes with their canonical
 * mappings, display / non-display sets, the alias table, `normalizeLane` and `laneText`
 * (how a lane appears inside status messages). `ExecutionMode`, `SyncLaneV1` and
 * `WP_STATUS_CHANGED` are the 2.1.0 ones, unchanged.
 */
import { pyRepr } from '../conventions';
import { laneTable } from '../pipeline/lane-table';
import { registerEnumSchema } from '../registry/registry';
import { FrozenMap, FrozenSet, type EnumDescriptor } from '../validation';
import { ExecutionMode, SyncLaneV1, WP_STATUS_CHANGED, EXECUTION_MODE_ENUM, SYNC_LANE_V1_ENUM } from '../v2/status/lanes';

export { ExecutionMode, SyncLaneV1, WP_STATUS_CHANGED, EXECUTION_MODE_ENUM, SYNC_LANE_V1_ENUM };

/** Work-package lifecycle lanes (contract 6.1.0). `genesis` is the non-display, pre-finalize origin. */
export enum Lane {
  GENESIS = 'genesis',
  PLANNED = 'planned',
  CLAIMED = 'claimed',
  IN_PROGRESS = 'in_progress',
  FOR_REVIEW = 'for_review',
  IN_REVIEW = 'in_review',
  APPROVED = 'approved',
  DONE = 'done',
  BLOCKED = 'blocked',
  CANCELED = 'canceled',
}

/** V2 sync lanes preserving the explicit approved review outcome. */
export enum SyncLaneV2 {
  PLANNED = 'planned',
  DOING = 'doing',
  FOR_REVIEW = 'for_review',
  APPROVED = 'approved',
  DONE = 'done',
}

/** The 10 lane values in declaration order. */
export const LANE_VALUES: readonly Lane[] = Object.freeze(Object.values(Lane));

/** Lanes that can only be left with `force`: `{done, canceled}`. */
export const TERMINAL_LANES: ReadonlySet<Lane> = new FrozenSet([Lane.DONE, Lane.CANCELED]);

/** Lanes never shown in displays or summaries: `{genesis}`. */
export const NON_DISPLAY_LANES: ReadonlySet<Lane> = new FrozenSet([Lane.GENESIS]);

/** Every lane but the non-display ones, in declaration order (9 lanes). */
export const DISPLAY_LANES: readonly Lane[] = Object.freeze(LANE_VALUES.filter((lane) => !NON_DISPLAY_LANES.has(lane)));

/** Input aliases accepted for lanes by `normalizeLane` and the payload's lane fields. */
export const LANE_ALIASES: Readonly<Record<string, Lane>> = Object.freeze({ doing: Lane.IN_PROGRESS });

/** Total map from every canonical lane to its v1 sync lane (immutable). */
export const CANONICAL_TO_SYNC_V1: ReadonlyMap<Lane, SyncLaneV1> = new FrozenMap<Lane, SyncLaneV1>([
  [Lane.GENESIS, SyncLaneV1.PLANNED],
  [Lane.PLANNED, SyncLaneV1.PLANNED],
  [Lane.CLAIMED, SyncLaneV1.PLANNED],
  [Lane.IN_PROGRESS, SyncLaneV1.DOING],
  [Lane.FOR_REVIEW, SyncLaneV1.FOR_REVIEW],
  [Lane.IN_REVIEW, SyncLaneV1.FOR_REVIEW],
  [Lane.APPROVED, SyncLaneV1.DONE],
  [Lane.DONE, SyncLaneV1.DONE],
  [Lane.BLOCKED, SyncLaneV1.DOING],
  [Lane.CANCELED, SyncLaneV1.PLANNED],
]);

/** Total map from every canonical lane to its v2 sync lane (immutable); keeps `approved`. */
export const CANONICAL_TO_SYNC_V2: ReadonlyMap<Lane, SyncLaneV2> = new FrozenMap<Lane, SyncLaneV2>([
  [Lane.GENESIS, SyncLaneV2.PLANNED],
  [Lane.PLANNED, SyncLaneV2.PLANNED],
  [Lane.CLAIMED, SyncLaneV2.PLANNED],
  [Lane.IN_PROGRESS, SyncLaneV2.DOING],
  [Lane.FOR_REVIEW, SyncLaneV2.FOR_REVIEW],
  [Lane.IN_REVIEW, SyncLaneV2.FOR_REVIEW],
  [Lane.APPROVED, SyncLaneV2.APPROVED],
  [Lane.DONE, SyncLaneV2.DONE],
  [Lane.BLOCKED, SyncLaneV2.DOING],
  [Lane.CANCELED, SyncLaneV2.PLANNED],
]);

/** Own-key lookup; anything that is not a lane throws `RangeError(pyRepr(key))` (Python `KeyError`). */
function syncLane<S>(table: ReadonlyMap<Lane, S>, lane: Lane): S {
  const sync = table.get(lane);
  if (sync === undefined) throw new RangeError(pyRepr(lane));
  return sync;
}

/** The v1 sync lane of a canonical lane (no alias resolution). */
export function canonicalToSyncV1(lane: Lane): SyncLaneV1 {
  return syncLane(CANONICAL_TO_SYNC_V1, lane);
}

/** The v2 sync lane of a canonical lane (no alias resolution). */
export function canonicalToSyncV2(lane: Lane): SyncLaneV2 {
  return syncLane(CANONICAL_TO_SYNC_V2, lane);
}

const LANES = laneTable(LANE_VALUES, LANE_ALIASES, {
  name: 'Lane',
  description:
    'Work-package lifecycle lanes.\n\n' +
    '``GENESIS`` is the non-display, pre-finalize origin lane: a work-package\n' +
    'with no recorded lane events derives as ``genesis`` until ``finalize-tasks``\n' +
    'seeds it to ``planned``. It is a producer-side state only \u2014 it is never a\n' +
    'display/summary lane and the only legal edges out of it are\n' +
    '``genesis -> planned`` (the seed) and ``genesis -> canceled``.',
});

/** True when `value` is exactly one of the 10 lane values. */
export const isLane: (value: unknown) => value is Lane = LANES.isLane;

/** The lane for `value` (a lane value or an alias, exact), or null. */
export const laneOrNull: (value: unknown) => Lane | null = LANES.laneOrNull;

/**
 * A lane value or an alias → the canonical `Lane`; anything else throws the library's
 * `ValidationError` (`Unknown lane value: 'x'. Valid values: [...]. Aliases: ['doing']`).
 */
export function normalizeLane(value: string): Lane {
  return LANES.normalizeLane(value);
}

/** How a lane (or null) appears inside status messages: `Lane.IN_REVIEW`, `None`. */
export const laneText: (lane: Lane | null) => string = LANES.laneText;

/** The 6.1.0 `lane` enum as models and schemas describe it (no aliases: `WPState`, anomalies). */
export const LANE_ENUM: EnumDescriptor<Lane> = LANES.enumDescriptor;

/** The `Lane` enum of `StatusTransitionPayload.from_lane` / `to_lane`: aliases resolved first. */
export const LANE_ENUM_WITH_ALIASES: EnumDescriptor<Lane> = LANES.enumWithAliases;

export const SYNC_LANE_V2_ENUM: EnumDescriptor<SyncLaneV2> = Object.freeze({
  name: 'SyncLaneV2',
  description: 'V2 sync lanes preserving the explicit approved review outcome.',
  values: Object.freeze(Object.values(SyncLaneV2)),
});

registerEnumSchema('lane', LANE_ENUM, ['6.1.0']);
registerEnumSchema('sync_lane_v2', SYNC_LANE_V2_ENUM, ['6.1.0']);
