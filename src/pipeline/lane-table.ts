/**
 * The lane machinery both contracts' status areas share, over their own lane enum and alias
 * table: membership, alias resolution, `normalizeLane` with the reference's error text,
 * `laneText` (how a lane appears inside status messages: `Lane.IN_PROGRESS`, `None`) and the
 * enum descriptors of models and schemas (exact values; with aliases resolved first).
 */
import { getOwn, hasOwn, pyRepr, pyStr } from '../conventions';
import { ValidationError } from '../envelope/errors';
import type { EnumDescriptor } from '../validation';

export interface LaneTable<L extends string> {
  /** True when `value` is exactly one of the lane values. */
  isLane(value: unknown): value is L;
  /** The lane for `value` (a lane value or an alias, exact, case-sensitive), or null. */
  laneOrNull(value: unknown): L | null;
  /** A lane value or an alias → the lane; anything else throws the library's `ValidationError`. */
  normalizeLane(value: string): L;
  /** How a lane (or null) appears inside status messages (CPython ≥ 3.11 enum rendering). */
  laneText(lane: L | null): string;
  /** The lane enum as models and schemas describe it (no aliases). */
  readonly enumDescriptor: EnumDescriptor<L>;
  /** The same enum, input aliases replaced by their targets before validation. */
  readonly enumWithAliases: EnumDescriptor<L>;
}

/** Builds the table of a lane enum (`values` in declaration order) and its alias map. */
export function laneTable<L extends string>(
  values: readonly L[],
  aliases: Readonly<Record<string, L>>,
  enumInfo: { readonly name: string; readonly description: string },
): LaneTable<L> {
  const members: ReadonlySet<unknown> = new Set<unknown>(values);
  const texts: ReadonlyMap<unknown, string> = new Map<unknown, string>(values.map((lane) => [lane, `Lane.${lane.toUpperCase()}`]));
  const unknownSuffix =
    `. Valid values: [${values.map((v) => pyRepr(v)).join(', ')}]` + `. Aliases: [${Object.keys(aliases).map((k) => pyRepr(k)).join(', ')}]`;
  const isLane = (value: unknown): value is L => members.has(value);
  const laneOrNull = (value: unknown): L | null => {
    if (members.has(value)) return value as L;
    if (typeof value === 'string' && hasOwn(aliases, value)) return getOwn(aliases, value) as L;
    return null;
  };
  const enumDescriptor: EnumDescriptor<L> = Object.freeze({ ...enumInfo, values });
  return Object.freeze({
    isLane,
    laneOrNull,
    normalizeLane(value: string): L {
      const lane = laneOrNull(value);
      if (lane === null) throw new ValidationError(`Unknown lane value: ${pyRepr(value)}${unknownSuffix}`);
      return lane;
    },
    laneText(lane: L | null): string {
      if (lane === null) return 'None';
      return texts.get(lane) ?? pyStr(lane);
    },
    enumDescriptor,
    enumWithAliases: Object.freeze({
      ...enumDescriptor,
      before: (input: unknown): unknown => (typeof input === 'string' && hasOwn(aliases, input) ? getOwn(aliases, input) : input),
    }),
  });
}
