/**
 * The 6.1.0 transition `actor`: a non-blank string or a non-empty JSON object
 * (`Union[str, Dict[str, Any]]` with an after-validator in the reference), and `actorLabel`,
 * its canonical string form. Field-type layout: `IS_ACTOR` / `isActor` / `actorType` / `IsActor`.
 */
import { isBlank, jsonCopy } from '../conventions';
import { fieldDecorator, type FieldDecoratorOptions } from '../validation/field-decorator';
import { INVALID, type FieldType } from '../validation/field-type';
import { parseJsonObject, type JsonObject } from '../validation/constraints/is-json-object';
import { parsePyString } from '../validation/parsers';
import type { LocSegment, Violation } from '../validation/violation';

export const IS_ACTOR = 'isActor';

/** A string identifier (`'claude'`) or a structured record (`{ role, profile, tool, model }`). */
export type Actor = string | JsonObject;

/** The after-validator's message for a parsed value, or null when it is acceptable. */
function actorProblem(value: Actor): string | null {
  if (typeof value === 'string') return isBlank(value) ? 'actor string must be non-empty' : null;
  return Object.keys(value).length === 0 ? 'actor dict must be non-empty' : null;
}

/**
 * Parses like pydantic's smart union of `str` and `dict[str, Any]`: a string or a plain object
 * is taken as is (objects shallow-copied); anything else fails both branches, reported at
 * `[...loc, 'str']` (`string_type`) and `[...loc, 'dict[str,any]']` (`dict_type`). Then a
 * blank string or an empty object is a `value_error` at `loc`.
 */
function parseActor(input: unknown, loc: readonly LocSegment[], out: Violation[]): Actor | typeof INVALID {
  const asString = parsePyString(input);
  let value: Actor;
  if (asString.ok) {
    value = asString.value;
  } else {
    const asObject = parseJsonObject(input);
    if (!asObject.ok) {
      out.push({ type: asString.type, loc: [...loc, 'str'], msg: asString.msg, input });
      out.push({ type: asObject.type, loc: [...loc, 'dict[str,any]'], msg: asObject.msg, input });
      return INVALID;
    }
    value = asObject.value;
  }
  const problem = actorProblem(value);
  if (problem !== null) {
    out.push({ type: 'value_error', loc, msg: `Value error, ${problem}`, input, ctx: { error: problem } });
    return INVALID;
  }
  return value;
}

export function actorType(): FieldType<Actor> {
  return {
    name: IS_ACTOR,
    parse: parseActor,
    toJson: (value) => (typeof value === 'string' ? value : jsonCopy(value)),
    schema: () => ({ anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }] }),
  };
}

/** True when `value` is an acceptable actor. */
export function isActor(value: unknown): value is Actor {
  return parseActor(value, [], []) !== INVALID;
}

export function IsActor(field: FieldDecoratorOptions<Actor> = {}): PropertyDecorator {
  return fieldDecorator(actorType(), field);
}

const LABEL_KEYS = Object.freeze(['profile', 'role', 'display_name', 'actor_id']);

/**
 * The canonical string form of an actor: the string itself; for a record, the first non-empty
 * string among `profile`, `role`, `display_name`, `actor_id`, then the first non-empty string
 * value in key order, else `'unknown'`.
 */
export function actorLabel(actor: Actor): string {
  if (typeof actor === 'string') return actor;
  for (const key of LABEL_KEYS) {
    const value = Object.prototype.hasOwnProperty.call(actor, key) ? actor[key] : undefined;
    if (typeof value === 'string' && value.length > 0) return value;
  }
  for (const key of Object.keys(actor)) {
    const value = actor[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return 'unknown';
}
