/**
 * Compiled model parsers (issue 11): the valid-input fast path of `parseModel`, one per model,
 * driven by the field metadata alone. The path reads each field once (own properties only,
 * in declaration order, as the generic path does), checks it with its field type's `fast`
 * check and builds the instance, recording nothing. On ANY doubt (input that is not a plain
 * `Object.prototype` object, a failing or absent required field, an unknown key where they are
 * forbidden, a failing model rule, anything thrown) it returns INVALID and `parseModel` runs
 * the generic path, which produces the exact violations. A result of the fast path is the
 * instance the generic path builds for the same input: same fields, same order, same values.
 *
 * The body that reads the fields and builds the instance is compiled at build time
 * (scripts/build-model-parsers.ts writes `src/generated/model-parsers.ts` from the schema
 * files: one function per field-name list, with literal property names, so every read and
 * store has a monomorphic inline cache). A model whose field list has no generated body (a
 * class outside the schemas, or a stale build) gets the same body as a loop with keyed reads:
 * same results, a little slower. No code is built at run time (CSP, browser bundles).
 */
import { BODIES, SHAPES } from '../generated/model-parsers';
import { fastCheck, INVALID, type Invalid } from './field-type';
import type { FieldSpec } from './model';

/** One field as a compiled body sees it. */
export interface FastField {
  /** A present raw value → the field's value, or INVALID (failure or doubt). */
  readonly check: (raw: unknown) => unknown;
  /** The value of an absent field: its default, or INVALID when the field is required. */
  readonly absent: () => unknown;
}

/**
 * Reads the fields of `input` (own properties, declaration order), checks each and builds an
 * instance with `new shape(values...)` (plain stores in declaration order on an object whose
 * prototype is the model's); INVALID on the first doubt.
 *
 * `input` is an ordinary object whose prototype is `Object.prototype` (the caller checks, and
 * rules out Proxies where the platform can tell): a name that `Object.prototype` lacks then
 * reads an own property or nothing, so a plain read is `getOwn`, with no `Object.hasOwn` call
 * (V8 folds the `name in Object.prototype` test while the prototype is unchanged). `own` =
 * true asks for the `Object.hasOwn` check on every field (platforms that cannot detect Proxies).
 */
export type FastBody = (input: Record<string, unknown>, fields: readonly FastField[], shape: FastShape, own: boolean) => object | Invalid;

/**
 * The constructor of one model's instances: stores its arguments as the fields, in
 * declaration order, on `this` (an object whose prototype is the model's). The same plain
 * stores as on an `Object.create(prototype)` object, but the engine sizes a constructed
 * object for its fields up front (all in the object, one allocation), where properties added
 * to an `Object.create` object beyond the first few go to a separate, regrown backing store.
 */
export type FastShape = new (...values: unknown[]) => object;

/** A generated factory of `FastShape`s for one field list: the constructor for `proto`. */
export type ShapeFactory = (proto: object) => FastShape;

/** The key of a field-name list in `BODIES` (the generator writes the same key). */
export function bodyKey(names: readonly string[]): string {
  return JSON.stringify(names);
}

const hasOwn = Object.hasOwn;
const objectProto = Object.prototype;

/** The body for field lists without a generated one: the same steps, as a loop. */
function loopBody(names: readonly string[]): FastBody {
  const count = names.length;
  return (input, fields, shape, own) => {
    const values = new Array<unknown>(count);
    for (let i = 0; i < count; i++) {
      const name = names[i]!;
      const raw = own || name in objectProto ? (hasOwn(input, name) ? input[name] : undefined) : input[name];
      const field = fields[i]!;
      const value = raw === undefined ? field.absent() : field.check(raw);
      if (value === INVALID) return INVALID;
      values[i] = value;
    }
    return new shape(...values);
  };
}

/** The shape for field lists without a generated factory: the same stores, as a loop. */
function loopShape(names: readonly string[], proto: object): FastShape {
  function LoopShape(this: Record<string, unknown>, ...values: unknown[]): void {
    for (let i = 0; i < names.length; i++) this[names[i]!] = values[i];
  }
  LoopShape.prototype = proto;
  return LoopShape as unknown as FastShape;
}

const required = (): Invalid => INVALID;

function fastField(spec: FieldSpec): FastField {
  const defaultValue = spec.defaultValue;
  return { check: fastCheck(spec.type), absent: defaultValue === undefined ? required : defaultValue.make };
}

/** The compiled parts of one model. */
export interface CompiledModel {
  readonly body: FastBody;
  readonly fields: readonly FastField[];
  /** Builds an instance on the model's prototype from the field values. */
  readonly shape: FastShape;
  /** True when the body came from the build (literal names), false for the loop body. */
  readonly generated: boolean;
}

/**
 * Compiles the fast path of a field list for instances on `proto`; null (generic path only)
 * for a `__proto__` field or a `proto` that is not an object (a constructor's `prototype`
 * of null or a primitive would give `Object.prototype` instances).
 */
export function compileFields(specs: readonly FieldSpec[], proto: unknown): CompiledModel | null {
  const names = specs.map((spec) => spec.name);
  if (names.includes('__proto__')) return null;
  if ((typeof proto !== 'object' && typeof proto !== 'function') || proto === null) return null;
  const key = bodyKey(names);
  const generated = hasOwn(BODIES, key) ? (BODIES as Readonly<Record<string, FastBody>>)[key] : undefined;
  const factory = hasOwn(SHAPES, key) ? (SHAPES as Readonly<Record<string, ShapeFactory>>)[key] : undefined;
  return {
    body: generated ?? loopBody(names),
    fields: Object.freeze(specs.map(fastField)),
    shape: factory === undefined ? loopShape(names, proto) : factory(proto),
    generated: generated !== undefined,
  };
}
