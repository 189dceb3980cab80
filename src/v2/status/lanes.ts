/**
 * Work-package lanes, the v1 sync lanes and execution modes (STATUS_AND_GATES.md §0–§2):
 * the enums, the terminal set, the alias table, the canonical → sync-v1 mapping,
 * `normalizeLane` and `laneText` (how a lane appears inside status messages).
 */
import { pyRepr } from '../../conventions';
import { laneTable } from '../../pipeline/lane-table';
import { registerEnumSchema } from '../../registry/registry';
import { FrozenMap, FrozenSet, type EnumDescriptor } from '../../validation';

/** Work-package lifecycle lanes. */
export enum Lane {
  PLANNED = 'planned',
  CLAIMED = 'claimed',
  IN_PROGRESS = 'in_progress',
  FOR_REVIEW = 'for_review',
  DONE = 'done',
  BLOCKED = 'blocked',
  CANCELED = 'canceled',
}

/** V1 compatibility sync lanes for downstream consumers. */
export enum SyncLaneV1 {
  PLANNED = 'planned',
  DOING = 'doing',
  FOR_REVIEW = 'for_review',
  DONE = 'done',
}

/** How a work-package is being executed. */
export enum ExecutionMode {
  WORKTREE = 'worktree',
  DIRECT_REPO = 'direct_repo',
}

/** The event type of status transitions. */
export const WP_STATUS_CHANGED = 'WPStatusChanged';

/** The 7 lane values in declaration order. */
export const LANE_VALUES: readonly Lane[] = Object.freeze(Object.values(Lane));

/** Lanes that can only be left with `force`: `{done, canceled}`. */
export const TERMINAL_LANES: ReadonlySet<Lane> = new FrozenSet([Lane.DONE, Lane.CANCELED]);

/** Input aliases accepted for lanes by `normalizeLane` and the payload's lane fields. */
export const LANE_ALIASES: Readonly<Record<string, Lane>> = Object.freeze({ doing: Lane.IN_PROGRESS });

/** Total map from every canonical lane to its v1 sync lane (immutable). */
export const CANONICAL_TO_SYNC_V1: ReadonlyMap<Lane, SyncLaneV1> = new FrozenMap<Lane, SyncLaneV1>([
  [Lane.PLANNED, SyncLaneV1.PLANNED],
  [Lane.CLAIMED, SyncLaneV1.PLANNED],
  [Lane.IN_PROGRESS, SyncLaneV1.DOING],
  [Lane.FOR_REVIEW, SyncLaneV1.FOR_REVIEW],
  [Lane.DONE, SyncLaneV1.DONE],
  [Lane.BLOCKED, SyncLaneV1.DOING],
  [Lane.CANCELED, SyncLaneV1.PLANNED],
]);

const LANES = laneTable(LANE_VALUES, LANE_ALIASES, { name: 'Lane', description: 'Work-package lifecycle lanes.' });

/** True when `value` is exactly one of the 7 lane values. */
export const isLane: (value: unknown) => value is Lane = LANES.isLane;

/**
 * The sync lane of a canonical lane (own-key lookup, no alias resolution). Anything that is
 * not a `Lane` value throws `RangeError` whose message is the key's pyRepr (Python `KeyError`).
 */
export function canonicalToSyncV1(lane: Lane): SyncLaneV1 {
  const sync = CANONICAL_TO_SYNC_V1.get(lane);
  if (sync === undefined) throw new RangeError(pyRepr(lane));
  return sync;
}

/**
 * The lane for `value`, or null when it is neither a lane value nor an alias (exact,
 * case-sensitive; non-strings are never lanes).
 */
export const laneOrNull: (value: unknown) => Lane | null = LANES.laneOrNull;

/**
 * A lane value or an alias → the canonical `Lane`; anything else throws the library's
 * `ValidationError` (`Unknown lane value: 'x'. Valid values: [...]. Aliases: ['doing']`).
 */
export function normalizeLane(value: string): Lane {
  return LANES.normalizeLane(value);
}

/**
 * How a lane (or null) appears inside status messages: `Lane.PLANNED`, `None` (CPython ≥ 3.11
 * enum rendering). A value that is not a lane (unreachable through validated payloads) is
 * rendered as its pyStr rather than throwing.
 */
export const laneText: (lane: Lane | null) => string = LANES.laneText;

/** The `lane` enum as models and schemas describe it (no aliases: `WPState`, anomalies). */
export const LANE_ENUM: EnumDescriptor<Lane> = LANES.enumDescriptor;

/**
 * The `Lane` enum of `StatusTransitionPayload.from_lane` / `to_lane`: an input string that is
 * an own key of `LANE_ALIASES` is replaced by its target before enum validation.
 */
export const LANE_ENUM_WITH_ALIASES: EnumDescriptor<Lane> = LANES.enumWithAliases;

export const SYNC_LANE_V1_ENUM: EnumDescriptor<SyncLaneV1> = Object.freeze({
  name: 'SyncLaneV1',
  description: 'V1 compatibility sync lanes for downstream consumers.',
  values: Object.freeze(Object.values(SyncLaneV1)),
});

export const EXECUTION_MODE_ENUM: EnumDescriptor<ExecutionMode> = Object.freeze({
  name: 'ExecutionMode',
  description: 'How a work-package is being executed.',
  values: Object.freeze(Object.values(ExecutionMode)),
});

registerEnumSchema('lane', LANE_ENUM, ['2.1.0']);
registerEnumSchema('sync_lane_v1', SYNC_LANE_V1_ENUM, ['2.1.0', '6.1.0']);
