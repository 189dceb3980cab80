/**
 * Discriminated unions (pydantic `Field(discriminator=...)`): the variant model is chosen by
 * the value of one key of the input, then the input is parsed as that variant; its violations
 * are located under the tag (`[..., 'adr', field]`). A tag that is absent is
 * `union_tag_not_found`, one that matches no variant `union_tag_invalid`, a non-object input
 * `model_attributes_type` — all at the field's own location. Schema: `oneOf` of the variants'
 * `$ref`s plus `discriminator.mapping`.
 */
import { ValidationError } from '../../envelope/errors';
import { getOwn, isPlainObject } from '../../conventions/own-keys';
import { pyRepr } from '../../conventions/py-repr';
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, type FieldType, type Invalid, type JsonSchema, type SchemaDefs } from '../field-type';
import { describeViolations, modelDefinition, modelNameOf, modelToDict, parseModel, unreadableViolation, type ModelClass } from '../model';
import { childLoc, type LocSegment, type Violation } from '../violation';

export const IS_DISCRIMINATED_UNION = 'isDiscriminatedUnion';

/** Tag value → variant class thunk (classes may be declared in any order). */
export type UnionVariants = Readonly<Record<string, () => ModelClass<object>>>;

export interface DiscriminatedUnionOptions {
  /**
   * The Python enum whose members the tags are (their repr in `union_tag_invalid` reads
   * `<OriginSurface.ADR: 'adr'>`); member names are the tags upper-cased. Absent: tags are
   * plain literals (`'adr'`).
   */
  readonly tagEnum?: string;
}

/** Python `str()` of a tag value as pydantic prints it in `union_tag_invalid`. */
function tagText(tag: unknown): string {
  if (typeof tag === 'string') return tag;
  if (tag === null) return 'None';
  if (tag === true) return 'True';
  if (tag === false) return 'False';
  return pyRepr(tag);
}

function expectedTags(tags: readonly string[], options: DiscriminatedUnionOptions): string {
  const enumName = options.tagEnum;
  return tags.map((tag) => (enumName === undefined ? `'${tag}'` : `<${enumName}.${tag.toUpperCase()}: '${tag}'>`)).join(', ');
}

/** The variant classes of a union, in declaration order. */
export function unionVariantClasses(variants: UnionVariants): readonly ModelClass<object>[] {
  return Object.keys(variants).map((tag) => variants[tag]!());
}

/** The variant classes of a union, resolved on its first parse (every class is declared by then). */
const resolvedUnions = new WeakMap<UnionVariants, readonly ModelClass<object>[]>();

function resolvedVariants(variants: UnionVariants): readonly ModelClass<object>[] {
  let classes = resolvedUnions.get(variants);
  if (classes === undefined) {
    classes = Object.freeze(unionVariantClasses(variants));
    resolvedUnions.set(variants, classes);
  }
  return classes;
}

/**
 * Parses `input` as the variant its `discriminator` names. An instance of a variant passes
 * unchanged. Returns INVALID after recording violations under `loc`.
 */
export function parseDiscriminatedUnion(
  discriminator: string,
  variants: UnionVariants,
  options: DiscriminatedUnionOptions,
  input: unknown,
  loc: readonly LocSegment[],
  out: Violation[],
): object | Invalid {
  if (typeof input === 'object' && input !== null) {
    for (const ctor of resolvedVariants(variants)) if (input instanceof ctor) return input;
  }
  if (!isPlainObject(input)) {
    out.push({ type: 'model_attributes_type', loc, msg: 'Input should be a valid dictionary or object to extract fields from', input });
    return INVALID;
  }
  const ctxDiscriminator = `'${discriminator}'`;
  const tag = getOwn(input, discriminator);
  if (tag === undefined) {
    out.push({
      type: 'union_tag_not_found',
      loc,
      msg: `Unable to extract tag using discriminator ${ctxDiscriminator}`,
      input,
      ctx: { discriminator: ctxDiscriminator },
    });
    return INVALID;
  }
  const tags = Object.keys(variants);
  if (typeof tag !== 'string' || !tags.includes(tag)) {
    const text = tagText(tag);
    const expected = expectedTags(tags, options);
    out.push({
      type: 'union_tag_invalid',
      loc,
      msg: `Input tag '${text}' found using ${ctxDiscriminator} does not match any of the expected tags: ${expected}`,
      input,
      ctx: { discriminator: ctxDiscriminator, tag: text, expected_tags: expected },
    });
    return INVALID;
  }
  return parseModel(variants[tag]!(), input, childLoc(loc, tag), out) as object | Invalid;
}

/** The JSON Schema of a union: `oneOf` of `$ref`s and the discriminator mapping. */
export function discriminatedUnionSchema(discriminator: string, variants: UnionVariants, defs: SchemaDefs): JsonSchema {
  const mapping: Record<string, string> = {};
  const oneOf: JsonSchema[] = [];
  for (const tag of Object.keys(variants)) {
    const ctor = variants[tag]!();
    const ref = defs.ref(modelNameOf(ctor), () => modelDefinition(ctor, defs));
    mapping[tag] = ref.$ref as string;
    oneOf.push(ref);
  }
  return { discriminator: { mapping, propertyName: discriminator }, oneOf };
}

/** The field type of a discriminated union of models. */
export function discriminatedUnionType<M extends object>(
  discriminator: string,
  variants: UnionVariants,
  options: DiscriminatedUnionOptions = {},
): FieldType<M> {
  return {
    name: IS_DISCRIMINATED_UNION,
    parse: (input, loc, out) => parseDiscriminatedUnion(discriminator, variants, options, input, loc, out) as M | Invalid,
    toJson: (value) => modelToDict(value),
    schema: (defs) => discriminatedUnionSchema(discriminator, variants, defs),
  };
}

export function isDiscriminatedUnion(value: unknown, discriminator: string, variants: UnionVariants, options: DiscriminatedUnionOptions = {}): boolean {
  return parseDiscriminatedUnion(discriminator, variants, options, value, [], []) !== INVALID;
}

/** Decorator: a field holding one variant of a discriminated union (e.g. `origin_surface`). */
export function IsDiscriminatedUnion<M extends object>(
  discriminator: string,
  variants: UnionVariants,
  options: DiscriminatedUnionOptions = {},
  field: FieldDecoratorOptions<M> = {},
): PropertyDecorator {
  return fieldDecorator(discriminatedUnionType<M>(discriminator, variants, options), { reportAll: true, ...field });
}

/** The outcome of `safeFromDict`: the variant instance, or the violations. */
export type UnionParseResult<M> = { readonly ok: true; readonly value: M } | { readonly ok: false; readonly violations: readonly Violation[] };

/** What the schema generator reads from a union model: its discriminator and variants. */
export interface UnionModelSpec {
  readonly discriminator: string;
  readonly variants: UnionVariants;
}

/**
 * A union model (pydantic `TypeAdapter` of a discriminated union, as the reference's payload
 * factories): a frozen constant with `fromDict` / `safeFromDict` (the factory call). When the input
 * lacks the discriminator, `defaultTag` (if given) is used, as the reference's factories do.
 */
export interface DiscriminatedUnionModel<M extends object> {
  /** The union's public name (e.g. `DecisionPointOpenedPayload`). */
  readonly name: string;
  /** Validates `data` as its variant (pydantic `model_validate` / the factory call); throws ValidationError. */
  fromDict(data: unknown): M;
  safeFromDict(data: unknown): UnionParseResult<M>;
  /** The variant classes, in declaration order. */
  readonly variants: readonly ModelClass<object>[];
  readonly unionSpec: UnionModelSpec;
  /** pydantic's title of the union (`tagged-union[A,B]`), used in error texts. */
  readonly title: string;
}

export function discriminatedUnionModel<M extends object>(
  name: string,
  discriminator: string,
  variants: UnionVariants,
  options: DiscriminatedUnionOptions & {
    readonly defaultTag?: string;
    /** pydantic's title of a variant when it is not the class name (a model with an after-validator: `function-after[check(), Cls]`). */
    readonly variantTitles?: Readonly<Record<string, string>>;
  } = {},
): DiscriminatedUnionModel<M> {
  const tags = Object.keys(variants);
  const title = `tagged-union[${tags.map((tag) => options.variantTitles?.[tag] ?? modelNameOf(variants[tag]!())).join(',')}]`;
  const withDefault = (data: unknown): unknown =>
    options.defaultTag !== undefined && isPlainObject(data) && getOwn(data, discriminator) === undefined
      ? { ...data, [discriminator]: options.defaultTag }
      : data;
  const safeFromDict = (data: unknown): UnionParseResult<M> => {
    const out: Violation[] = [];
    let result: object | Invalid;
    try {
      result = parseDiscriminatedUnion(discriminator, variants, options, withDefault(data), [], out);
    } catch (thrown) {
      out.push(unreadableViolation([], thrown));
      result = INVALID;
    }
    return result === INVALID ? { ok: false, violations: out } : { ok: true, value: result as M };
  };
  const fromDict = (data: unknown): M => {
    const result = safeFromDict(data);
    if (!result.ok) throw new ValidationError(describeViolations(title, result.violations), result.violations, title);
    return result.value;
  };
  return Object.freeze({
    name,
    title,
    fromDict,
    safeFromDict,
    get variants(): readonly ModelClass<object>[] {
      return Object.freeze(unionVariantClasses(variants));
    },
    unionSpec: Object.freeze({ discriminator, variants }),
  });
}

/** The union spec of a registered target, or undefined for an ordinary model class. */
export function unionModelSpecOf(target: unknown): UnionModelSpec | undefined {
  if ((typeof target !== 'function' && typeof target !== 'object') || target === null) return undefined;
  const spec: unknown = (target as { unionSpec?: unknown }).unionSpec;
  return typeof spec === 'object' && spec !== null && 'discriminator' in spec ? (spec as UnionModelSpec) : undefined;
}
