/**
 * Violations in the shape of pydantic's `errors()` items (ENVELOPE.md §2.1, §2.10):
 * the one error vocabulary every model, constraint and conformance report shares.
 */

/** A location segment: a wire field name or a list index. */
export type LocSegment = string | number;

export interface Violation {
  /** pydantic error type, e.g. `string_too_short`. */
  readonly type: string;
  /** Path to the offending value; `[]` for the whole input. */
  readonly loc: readonly LocSegment[];
  /** pydantic message, e.g. `String should have at least 26 characters`. */
  readonly msg: string;
  /** The offending value (for `missing`: the object lacking the key). */
  readonly input: unknown;
  readonly ctx?: Readonly<Record<string, unknown>>;
}

/**
 * A mutable copy of `list`, made element by element: slicing or spreading a frozen array (a
 * field's shared `rootLoc`, the gate's empty violation list) takes the engine's slow path, and
 * the parsers and the conformance engine copy such lists once per nested field or result.
 */
export function copyList<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

/** `[...loc, segment]` (through `copyList`: the parsers extend one per nested field). */
export function childLoc(loc: readonly LocSegment[], segment: LocSegment): LocSegment[] {
  const out = copyList(loc);
  out.push(segment);
  return out;
}

/** What a scalar parser reports for one value, before a location is attached. */
export interface ParseFailure {
  readonly ok: false;
  readonly type: string;
  readonly msg: string;
  readonly ctx?: Readonly<Record<string, unknown>>;
}

export interface ParseSuccess<T> {
  readonly ok: true;
  readonly value: T;
}

/** Result of a pure, lax-mode parser: the coerced value or one failure. */
export type ParseOutcome<T> = ParseSuccess<T> | ParseFailure;

export function ok<T>(value: T): ParseSuccess<T> {
  return { ok: true, value };
}

export function fail(type: string, msg: string, ctx?: Readonly<Record<string, unknown>>): ParseFailure {
  return ctx === undefined ? { ok: false, type, msg } : { ok: false, type, msg, ctx };
}
