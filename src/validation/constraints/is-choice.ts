/**
 * Fixed string choices: `Literal[...]` fields (inline `const`/`enum` in the schema, error type
 * `literal_error`) and Python `Enum` fields (a `$defs` entry, error type `enum`).
 */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, scalarType, type FieldType, type Invalid } from '../field-type';
import { parseChoice } from '../parsers';
import { choiceCheck } from '../parsers/choice';

export const IS_LITERAL = 'isLiteral';
export const IS_PY_ENUM = 'isPyEnum';

export function literalType<V extends string>(values: readonly V[]): FieldType<V> {
  const schema = values.length === 1 ? { type: 'string', const: values[0] } : { type: 'string', enum: [...values] };
  const check = choiceCheck(values);
  return scalarType(
    IS_LITERAL,
    (input) => parseChoice(input, values, 'literal_error') as ReturnType<typeof parseChoice> & { value: V },
    schema,
    undefined,
    (input) => (check(input) as V | null) ?? INVALID,
  ) as FieldType<V>;
}

export function isLiteral(value: unknown, values: readonly string[]): boolean {
  return parseChoice(value, values, 'literal_error').ok;
}

export function IsLiteral<V extends string>(values: readonly V[], field: FieldDecoratorOptions<V> = {}): PropertyDecorator {
  return fieldDecorator(literalType(values), field);
}

/** A string enum described for schemas: its class name, documentation and member values. */
export interface EnumDescriptor<E extends string> {
  readonly name: string;
  /** The enum's docstring; an enum without one has no `description` in its schema. */
  readonly description?: string;
  readonly values: readonly E[];
  /**
   * Optional pre-validation mapping (pydantic `mode="before"` validators), e.g. lane aliases.
   * Returns the input unchanged when it does not apply. A pure function of its input (the
   * fast check relies on it to skip the mapping for a member).
   */
  readonly before?: (input: unknown) => unknown;
}

/** The `$defs` entry of an enum. */
export function enumDefinition<E extends string>(descriptor: EnumDescriptor<E>): Record<string, unknown> {
  const definition: Record<string, unknown> = { type: 'string', enum: [...descriptor.values], title: descriptor.name };
  if (descriptor.description !== undefined) definition['description'] = descriptor.description;
  return definition;
}

/**
 * The fast check of an enum: the member `check(before(input))` gives. When `before` keeps
 * every member as it is (lane aliases map only non-members), a member input is its own
 * answer, so `before` runs only for the other inputs (it costs a property lookup per lane).
 */
function enumFastCheck<E extends string>(values: readonly E[], before: ((input: unknown) => unknown) | undefined): (input: unknown) => E | Invalid {
  const check = choiceCheck(values);
  if (before === undefined) return (input) => (check(input) as E | null) ?? INVALID;
  if (!values.every((value) => before(value) === value)) return (input) => (check(before(input)) as E | null) ?? INVALID;
  return (input) => {
    const member = check(input);
    if (member !== null) return member as E;
    const mapped = before(input);
    return mapped === input ? INVALID : ((check(mapped) as E | null) ?? INVALID);
  };
}

export function enumType<E extends string>(descriptor: EnumDescriptor<E>): FieldType<E> {
  const before = descriptor.before;
  return {
    ...scalarType<E>(
      IS_PY_ENUM,
      (input) => parseChoice(before === undefined ? input : before(input), descriptor.values, 'enum') as ReturnType<typeof parseChoice> & { value: E },
      {},
      undefined,
      enumFastCheck(descriptor.values, before),
    ),
    schema: (defs) => defs.ref(descriptor.name, () => enumDefinition(descriptor)),
  };
}

export function isPyEnum(value: unknown, descriptor: EnumDescriptor<string>): boolean {
  return parseChoice(descriptor.before === undefined ? value : descriptor.before(value), descriptor.values, 'enum').ok;
}

export function IsPyEnum<E extends string>(descriptor: EnumDescriptor<E>, field: FieldDecoratorOptions<E> = {}): PropertyDecorator {
  return fieldDecorator(enumType(descriptor), field);
}
