/**
 * Wire models: classes whose properties are declared with field decorators. One mechanism
 * gives every model its `fromDict` (pydantic `model_validate` in lax mode: every violation of
 * every field, in declaration order, then model-level rules) and its `toDict`
 * (`model_dump(mode="json")`), and feeds the schema generator and class-validator.
 */
import { defineOwn, describeThrown, getOwn, isPlainObject, JsonDepthError } from '../conventions';
import { ValidationError } from '../envelope/errors';
import { isProxy } from '../conventions/proxy';
import { compileFields, type CompiledModel } from './compiled-parser';
import { INVALID, type FieldType, type Invalid, type JsonSchema, type SchemaDefs } from './field-type';
import { childLoc, type LocSegment, type Violation } from './violation';

/** How a field behaves when its key is absent from the input. */
export interface FieldOptions<T = unknown> {
  /**
   * Value used when the key is absent. A function is called per instance (factory default,
   * e.g. a fresh `{}`); a plain value is used as is (static default, emitted as the schema's
   * `default`). Without it the field is required.
   */
  readonly default?: T | (() => T);
  /** Field documentation: the schema's `description`. */
  readonly description?: string;
}

export interface FieldSpec<T = unknown> {
  readonly name: string;
  readonly type: FieldType<T>;
  readonly required: boolean;
  /** Present when the field has a default; `factory` tells a per-instance default apart. */
  readonly defaultValue?: { readonly factory: boolean; readonly make: () => T };
  readonly description?: string;
  /** `[name]`, frozen: the location of this field in a top-level parse (shared, not re-allocated). */
  readonly rootLoc: readonly LocSegment[];
}

/** A model-level rule (pydantic `model_validator(mode="after")`): returns a message or null. */
export type ModelRule<M> = (model: M) => string | null;

interface ModelMeta {
  fields: FieldSpec[];
  rules: ModelRule<never>[];
  frozen: boolean;
  /** pydantic `extra="forbid"`: an input key that is not a field is an `extra_forbidden` violation. */
  forbidExtra: boolean;
  /** Replaces pydantic's `model_type` error for non-object input (dataclasses differ). */
  typeError?: { readonly type: string; readonly msg: string };
}

const ownMeta = new Map<Function, ModelMeta>();
const resolvedFields = new Map<Function, readonly FieldSpec[]>();
/** What a class does beyond its fields, resolved over its ancestors once. */
interface Behaviour {
  readonly rules: readonly ModelRule<never>[];
  readonly frozen: boolean;
  /** Field names when unknown keys are forbidden (`extra="forbid"`), else null. */
  readonly knownKeys: ReadonlySet<string> | null;
}

/** Per class: its rules (inherited first), frozenness and extra-key policy; cleared on change. */
const resolvedBehaviour = new Map<Function, Behaviour>();

/** Per class: its compiled fast path (./compiled-parser.ts), or null; cleared on change. */
const compiledModels = new Map<Function, FastModel | null>();

interface FastModel extends CompiledModel {
  readonly behaviour: Behaviour;
}

function clearResolved(): void {
  resolvedFields.clear();
  resolvedBehaviour.clear();
  compiledModels.clear();
}

function metaFor(ctor: Function): ModelMeta {
  let meta = ownMeta.get(ctor);
  if (meta === undefined) {
    meta = { fields: [], rules: [], frozen: true, forbidExtra: false };
    ownMeta.set(ctor, meta);
  }
  return meta;
}

/** Records a field on its class (decorator order = declaration order). */
export function defineField<T>(ctor: Function, name: string, type: FieldType<T>, options: FieldOptions<T> = {}): FieldSpec<T> {
  const hasDefault = Object.prototype.hasOwnProperty.call(options, 'default');
  const raw = options.default;
  const spec: FieldSpec<T> = {
    name,
    type,
    required: !hasDefault,
    ...(hasDefault
      ? {
          defaultValue:
            typeof raw === 'function'
              ? { factory: true, make: raw as () => T }
              : { factory: false, make: () => raw as T },
        }
      : {}),
    ...(options.description !== undefined ? { description: options.description } : {}),
    rootLoc: Object.freeze([name]),
  };
  const meta = metaFor(ctor);
  const existing = meta.fields.findIndex((field) => field.name === name);
  if (existing >= 0) meta.fields[existing] = spec as FieldSpec;
  else meta.fields.push(spec as FieldSpec);
  clearResolved();
  return spec;
}

/** Adds a model-level rule, checked in registration order once every field is valid. */
export function defineModelRule<M>(ctor: Function, rule: ModelRule<M>): void {
  metaFor(ctor).rules.push(rule as ModelRule<never>);
  clearResolved();
}

/** Marks a model as mutable after construction (pydantic models without `frozen=True`). */
export function defineMutable(ctor: Function): void {
  metaFor(ctor).frozen = false;
  clearResolved();
}

/**
 * Forbids unknown keys (pydantic `extra="forbid"`): after the field violations, every own key
 * of the input that is not a field adds `extra_forbidden` / `Extra inputs are not permitted`
 * at `[...loc, key]` (input = the key's value), in the input's key order; the schema gets
 * `additionalProperties: false`. Inherited by subclasses.
 */
export function defineForbidExtra(ctor: Function): void {
  metaFor(ctor).forbidExtra = true;
  clearResolved();
}

/** Class decorator form of `defineForbidExtra`. */
export function ForbidExtra(): ClassDecorator {
  return (target) => defineForbidExtra(target);
}

/** Overrides the error reported when the input is not an object (e.g. `dataclass_type`). */
export function defineModelTypeError(ctor: Function, type: string, msg: string): void {
  metaFor(ctor).typeError = { type, msg };
}

function parentOf(ctor: Function): Function | null {
  const parent = Object.getPrototypeOf(ctor) as Function | null;
  return parent !== null && parent !== Function.prototype ? parent : null;
}

/**
 * The fields of a model, inherited ones first; a subclass redeclaring a field replaces it
 * in place (pydantic keeps the parent's position), as `GatePassedPayload.conclusion` does.
 */
export function modelFields(ctor: Function): readonly FieldSpec[] {
  const cached = resolvedFields.get(ctor);
  if (cached !== undefined) return cached;
  const parent = parentOf(ctor);
  const fields: FieldSpec[] = parent === null ? [] : [...modelFields(parent)];
  for (const field of ownMeta.get(ctor)?.fields ?? []) {
    const at = fields.findIndex((known) => known.name === field.name);
    if (at >= 0) fields[at] = field;
    else fields.push(field);
  }
  const frozen = Object.freeze(fields);
  resolvedFields.set(ctor, frozen);
  return frozen;
}

function collectRules(ctor: Function): readonly ModelRule<never>[] {
  const parent = parentOf(ctor);
  return [...(parent === null ? [] : collectRules(parent)), ...(ownMeta.get(ctor)?.rules ?? [])];
}

function collectForbidExtra(ctor: Function): boolean {
  for (let c: Function | null = ctor; c !== null; c = parentOf(c)) {
    if (ownMeta.get(c)?.forbidExtra === true) return true;
  }
  return false;
}

function collectFrozen(ctor: Function): boolean {
  for (let c: Function | null = ctor; c !== null; c = parentOf(c)) {
    const meta = ownMeta.get(c);
    if (meta !== undefined && !meta.frozen) return false;
  }
  return true;
}

/** Rules and frozenness of a class, resolved once (parses are on reducers' hot paths). */
function behaviourOf(ctor: Function): Behaviour {
  let behaviour = resolvedBehaviour.get(ctor);
  if (behaviour === undefined) {
    behaviour = {
      rules: Object.freeze(collectRules(ctor)),
      frozen: collectFrozen(ctor),
      knownKeys: collectForbidExtra(ctor) ? new Set(modelFields(ctor).map((field) => field.name)) : null,
    };
    resolvedBehaviour.set(ctor, behaviour);
  }
  return behaviour;
}

function modelRules(ctor: Function): readonly ModelRule<never>[] {
  return behaviourOf(ctor).rules;
}

function isFrozenModel(ctor: Function): boolean {
  return behaviourOf(ctor).frozen;
}

/** Whether a model rejects unknown keys (`extra="forbid"`). */
export function forbidsExtra(ctor: Function): boolean {
  return behaviourOf(ctor).knownKeys !== null;
}

/** Appends an `extra_forbidden` violation per own key of `input` that is not a field. */
function checkExtraKeys(known: ReadonlySet<string>, input: Record<string, unknown>, loc: readonly LocSegment[], out: Violation[]): void {
  for (const key of Object.keys(input)) {
    if (known.has(key)) continue;
    out.push({ type: 'extra_forbidden', loc: childLoc(loc, key), msg: 'Extra inputs are not permitted', input: getOwn(input, key) });
  }
}

/** Every class that declares fields or rules itself (tests of the compiled parsers). */
export function declaredModels(): readonly Function[] {
  return [...ownMeta.keys()];
}

/** Whether `ctor`'s fast path uses a body generated at build time (literal names), for tests. */
export function hasGeneratedParser(ctor: Function): boolean {
  return compiledModel(ctor)?.generated === true;
}

function compiledModel(ctor: Function): FastModel | null {
  let compiled = compiledModels.get(ctor);
  if (compiled === undefined) {
    const parts = compileFields(modelFields(ctor), ctor.prototype as unknown);
    compiled = parts === null ? null : { ...parts, behaviour: behaviourOf(ctor) };
    compiledModels.set(ctor, compiled);
  }
  return compiled;
}

const objectProto = Object.prototype;
const getPrototypeOf = Object.getPrototypeOf;
const isArray = Array.isArray;

/**
 * The fast path of `parseModel` (./compiled-parser.ts): the instance for a valid plain-object
 * input, or INVALID (recording nothing) whenever the generic path must decide: input that is
 * not a plain `Object.prototype` object, a field that fails or is missing, an unknown key where
 * they are forbidden, a failing model rule, a Proxy (where the platform can tell), or
 * anything thrown by the input.
 */
export function fastParseModel<M>(ctor: ModelClass<M>, input: unknown): M | Invalid {
  if (typeof input !== 'object' || input === null) return INVALID;
  const compiled = compiledModel(ctor);
  if (compiled === null) return INVALID;
  try {
    if (isProxy !== null && isProxy(input)) return INVALID; // before any trap could run
    if (getPrototypeOf(input) !== objectProto || isArray(input)) return INVALID;
    const record = input as Record<string, unknown>;
    const { knownKeys, rules, frozen } = compiled.behaviour;
    if (knownKeys !== null) {
      // for-in lists the own enumerable keys (plus any enumerable inherited ones, which only
      // make this stricter) without allocating them.
      for (const key in record) if (!knownKeys.has(key)) return INVALID;
    }
    const instance = compiled.body(record, compiled.fields, compiled.shape, isProxy === null);
    if (instance === INVALID) return INVALID;
    for (let i = 0; i < rules.length; i++) {
      if ((rules[i] as ModelRule<unknown>)(instance) !== null) return INVALID;
    }
    if (frozen) Object.freeze(instance);
    return instance as M;
  } catch {
    return INVALID; // the generic path reads again and reports what throws
  }
}

/** The first failing model rule of `instance`'s class, or null (the DTO path's class-level constraint). */
export function firstModelRuleFailure(instance: object): string | null {
  for (const rule of modelRules(instance.constructor)) {
    const message = (rule as ModelRule<unknown>)(instance);
    if (message !== null) return message;
  }
  return null;
}

/** The name pydantic shows for a model (`model_type` messages, error titles). */
export function modelNameOf(ctor: Function): string {
  return ctor.name;
}

/** A class built from field decorators. */
export type ModelClass<M = unknown> = Function & { prototype: M };

/**
 * Validates `input` as an instance of `ctor` (pydantic `model_validate`): an existing instance
 * passes unchanged; a plain object is parsed field by field, every violation is recorded under
 * `loc`, then the model rules run (first failure only). Returns INVALID on any violation.
 */
export function parseModel<M>(ctor: ModelClass<M>, input: unknown, loc: readonly LocSegment[], out: Violation[]): M | Invalid {
  if (fastParsing) {
    if (skipNextFastPath) skipNextFastPath = false;
    else {
      const fast = fastParseModel(ctor, input);
      if (fast !== INVALID) return fast;
    }
  }
  return genericParseModel(ctor, input, loc, out);
}

let fastParsing = true;
/** Set by `withoutFirstFastPath`: the next `parseModel` goes straight to the generic path. */
let skipNextFastPath = false;

/**
 * Calls `parse(input)` with the fast path of its first `parseModel` (the top-level model, or
 * a union's variant) skipped, for a caller that knows the input is probably invalid (the
 * conformance engine, after the schema layer failed): the fast path would fail and its work
 * be redone by the generic path. Nested models keep their fast paths. Same result either way.
 */
export function withoutFirstFastPath<A, R>(parse: (input: A) => R, input: A): R {
  skipNextFastPath = true;
  try {
    return parse(input);
  } finally {
    skipNextFastPath = false;
  }
}

/**
 * Runs `fn` with the compiled fast paths off, so every parse takes the generic path (tests
 * proving both paths agree). Not for production use.
 */
export function withGenericParsing<T>(fn: () => T): T {
  const before = fastParsing;
  fastParsing = false;
  try {
    return fn();
  } finally {
    fastParsing = before;
  }
}

/** `parseModel` without the fast path: every check, every violation. */
export function genericParseModel<M>(ctor: ModelClass<M>, input: unknown, loc: readonly LocSegment[], out: Violation[]): M | Invalid {
  let isInstance: boolean;
  try {
    isInstance = input instanceof ctor;
  } catch (thrown) {
    out.push(unreadableViolation(loc, thrown)); // a Proxy whose getPrototypeOf trap throws
    return INVALID;
  }
  if (isInstance) return input as M;
  if (!isPlainObject(input)) {
    const className = modelNameOf(ctor);
    const custom = ownMeta.get(ctor)?.typeError;
    out.push({
      type: custom?.type ?? 'model_type',
      loc,
      msg: custom?.msg ?? `Input should be a valid dictionary or instance of ${className}`,
      input,
      ctx: { class_name: className },
    });
    return INVALID;
  }
  const fields = modelFields(ctor);
  const values: unknown[] = new Array<unknown>(fields.length);
  const before = out.length;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const fieldLoc = loc.length === 0 ? field.rootLoc : childLoc(loc, field.name);
    try {
      const raw = getOwn(input, field.name);
      if (raw === undefined) {
        if (field.defaultValue === undefined) {
          out.push({ type: 'missing', loc: fieldLoc, msg: 'Field required', input });
        } else {
          values[i] = field.defaultValue.make();
        }
        continue;
      }
      const parsed = field.type.parse(raw, fieldLoc, out);
      if (parsed !== INVALID) values[i] = parsed;
    } catch (thrown) {
      // A getter or Proxy trap of the input threw while this field was read.
      out.push(unreadableViolation(fieldLoc, thrown));
    }
  }
  const knownKeys = behaviourOf(ctor).knownKeys;
  if (knownKeys !== null) checkExtraKeys(knownKeys, input, loc, out);
  if (out.length !== before) return INVALID;
  const instance = Object.create(ctor.prototype as object) as Record<string, unknown>;
  // Plain assignment, not defineProperty: field names are declared identifiers (never
  // `__proto__`), the prototype holds no accessors for them, and assignment keeps the instance
  // on V8's fast-properties path (defineProperty made every parse ~3× slower).
  for (let i = 0; i < fields.length; i++) {
    instance[fields[i]!.name] = values[i];
  }
  for (const rule of modelRules(ctor)) {
    const message = (rule as ModelRule<unknown>)(instance);
    if (message !== null) {
      out.push({ type: 'value_error', loc, msg: `Value error, ${message}`, input, ctx: { error: message } });
      return INVALID;
    }
  }
  if (isFrozenModel(ctor)) Object.freeze(instance);
  return instance as M;
}

/**
 * The violation for a value that cannot be read: a throwing getter or Proxy trap (hostile
 * input; plain JSON never does this). pydantic's `get_attribute_error` shape; the input is
 * not kept, as reading it again could throw again.
 */
export function unreadableViolation(loc: readonly LocSegment[], thrown: unknown): Violation {
  const error = describeThrown(thrown);
  return { type: 'get_attribute_error', loc, msg: `Error extracting attribute: ${error}`, input: null, ctx: { error } };
}

/**
 * `toDict()` of any model instance: fields in declaration order, JSON-rendered. A field whose
 * value cannot be rendered (an `Event.payload` nested deeper than the reference serialises,
 * a cycle, a bigint, a user getter that throws) gives the library's `ValidationError` naming
 * the model and the field, never a raw error from inside.
 */
export function modelToDict(instance: object): Record<string, unknown> {
  const ctor = instance.constructor;
  const fields = modelFields(ctor);
  const out: Record<string, unknown> = {};
  const record = instance as Record<string, unknown>;
  for (const field of fields) {
    const value = record[field.name];
    defineOwn(out, field.name, value === null || value === undefined ? null : renderField(ctor, field, value));
  }
  return out;
}

function renderField(ctor: Function, field: FieldSpec, value: unknown): unknown {
  try {
    return field.type.toJson(value);
  } catch (error) {
    throw serializationError(modelNameOf(ctor), field.name, error);
  }
}

/** The `ValidationError` of a `toDict()` that cannot render `field` (nested models prefix their path). */
function serializationError(modelName: string, field: string, error: unknown): ValidationError {
  let path = field;
  let reason: string;
  const nestedPrefix = error instanceof ValidationError ? `${error.modelName}: ${SERIALIZATION_PREFIX}` : null;
  if (error instanceof ValidationError && nestedPrefix !== null && error.message.startsWith(nestedPrefix)) {
    // A nested model's failure: keep its reason, lengthen the path.
    const rest = error.message.slice(nestedPrefix.length);
    const at = rest.indexOf(': ');
    path = `${field}.${rest.slice(0, at)}`;
    reason = rest.slice(at + 2);
  } else if (error instanceof JsonDepthError) {
    reason =
      `value nested deeper than ${error.maxDepth} levels (the reference's model_dump(mode="json") ` +
      'fails with "Circular reference detected (depth exceeded)")';
  } else {
    reason = describeThrown(error);
  }
  return new ValidationError(`${modelName}: ${SERIALIZATION_PREFIX}${path}: ${reason}`, [], modelName);
}

const SERIALIZATION_PREFIX = 'cannot serialize field ';

/** Summary line of pydantic's error text: `1 validation error for X` / `{n} validation errors for X`. */
export function validationSummary(modelName: string, count: number): string {
  return `${count} validation error${count === 1 ? '' : 's'} for ${modelName}`;
}

/** One line per violation: `loc: msg`, the form our `ValidationError.message` uses. */
export function describeViolations(modelName: string, violations: readonly Violation[]): string {
  const lines = violations.map((v) => `  ${v.loc.length > 0 ? v.loc.join('.') : '(model)'}: ${v.msg} [type=${v.type}]`);
  return [validationSummary(modelName, violations.length), ...lines].join('\n');
}

/**
 * `parseModel` at the top level, never throwing: anything a model rule or hostile input
 * throws past the per-field guards becomes one violation of the whole input.
 */
function guardedParse<M>(ctor: ModelClass<M>, data: unknown, out: Violation[]): M | Invalid {
  try {
    return parseModel(ctor, data, [], out);
  } catch (thrown) {
    out.push(unreadableViolation([], thrown));
    return INVALID;
  }
}

/**
 * Base class of every wire model: `fromDict` and `toDict`, shared by all.
 * Subclasses declare fields with the `Is*` decorators.
 */
export abstract class WireModel {
  /** Validates `data` and returns a (frozen) instance, or throws the library's ValidationError. */
  static fromDict<M>(this: ModelClass<M>, data: unknown): M {
    const violations: Violation[] = [];
    const result = guardedParse(this, data, violations);
    if (result === INVALID) {
      const name = modelNameOf(this);
      throw new ValidationError(describeViolations(name, violations), violations, name);
    }
    return result;
  }

  /** Validates without throwing: the instance, or the violations. */
  static safeFromDict<M>(this: ModelClass<M>, data: unknown): { readonly ok: true; readonly value: M } | { readonly ok: false; readonly violations: readonly Violation[] } {
    const violations: Violation[] = [];
    const result = guardedParse(this, data, violations);
    return result === INVALID ? { ok: false, violations } : { ok: true, value: result };
  }

  /** The plain JSON form (`model_dump(mode="json")`). */
  toDict(): Record<string, unknown> {
    return modelToDict(this);
  }

  /** `JSON.stringify(model)` writes `toDict()` (subclasses that override `toDict` included). */
  toJSON(): Record<string, unknown> {
    return this.toDict();
  }
}

/**
 * A field's title annotation as pydantic writes it: `str.title()` of the name with `_` read
 * as a space (`check_run_id` → `Check Run Id`): a letter is upper-cased after a non-letter
 * and lower-cased after a letter.
 */
export function fieldTitle(name: string): string {
  let out = '';
  let afterLetter = false;
  for (const ch of name.replace(/_/g, ' ')) {
    const isLetter = ch.toLowerCase() !== ch.toUpperCase();
    out += isLetter ? (afterLetter ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    afterLetter = isLetter;
  }
  return out;
}

/** True when a field schema is a `$ref`, or an `anyOf` with a `$ref` branch (no title then). */
function isReferenceSchema(schema: JsonSchema): boolean {
  if (Object.prototype.hasOwnProperty.call(schema, '$ref')) return true;
  const anyOf = schema['anyOf'];
  return Array.isArray(anyOf) && anyOf.some((branch: unknown) => typeof branch === 'object' && branch !== null && Object.prototype.hasOwnProperty.call(branch, '$ref'));
}

/**
 * A property schema: the field type's fragment (`typeSchema`) plus the field's annotations,
 * as pydantic emits them: `title` (unless the fragment is a reference), `default` for a static
 * default (factory defaults emit none), `description`.
 */
export function fieldSchema(field: FieldSpec, typeSchema: JsonSchema): JsonSchema {
  const schema: Record<string, unknown> = { ...typeSchema };
  if (!isReferenceSchema(typeSchema)) schema['title'] = fieldTitle(field.name);
  if (field.defaultValue !== undefined && !field.defaultValue.factory) {
    schema['default'] = field.type.toJson(field.defaultValue.make()) ?? null;
  }
  if (field.description !== undefined) schema['description'] = field.description;
  return schema;
}

/** Renders a model class as a JSON Schema object (fields in order; `$defs` via `defs`). */
export function modelSchema(ctor: Function, defs: SchemaDefs): JsonSchema {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const field of modelFields(ctor)) {
    properties[field.name] = fieldSchema(field, field.type.schema(defs));
    if (field.required) required.push(field.name);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(forbidsExtra(ctor) ? { additionalProperties: false } : {}),
  };
}

const descriptions = new Map<Function, string>();

/** Records a model's documentation text (the schema's `description`). */
export function defineModelDescription(ctor: Function, description: string): void {
  descriptions.set(ctor, description);
}

export function modelDescription(ctor: Function): string | undefined {
  return descriptions.get(ctor);
}

/** Class decorator: the model's documentation text. */
export function Described(description: string): ClassDecorator {
  return (target) => defineModelDescription(target, description);
}

/** The `$defs` entry of a model: its object schema plus `title` and `description`. */
export function modelDefinition(ctor: Function, defs: SchemaDefs): JsonSchema {
  const description = modelDescription(ctor);
  return {
    ...modelSchema(ctor, defs),
    title: modelNameOf(ctor),
    ...(description !== undefined ? { description } : {}),
  };
}

/**
 * Builds an instance from values that are already valid (pydantic `model_construct`): no
 * parsing and no rules; fields in declaration order, an absent value takes the field's
 * default (or null). For hot paths that assemble models from parsed parts, e.g. reducer
 * states. Frozen like a parsed instance.
 */
export function constructModel<M>(ctor: ModelClass<M>, values: Readonly<Record<string, unknown>>): M {
  const instance = Object.create(ctor.prototype as object) as Record<string, unknown>;
  for (const field of modelFields(ctor)) {
    let value = Object.prototype.hasOwnProperty.call(values, field.name) ? values[field.name] : undefined;
    if (value === undefined) value = field.defaultValue === undefined ? null : field.defaultValue.make();
    instance[field.name] = value; // declared field names: assignment is safe (see parseModel)
  }
  if (isFrozenModel(ctor)) Object.freeze(instance);
  return instance as M;
}
