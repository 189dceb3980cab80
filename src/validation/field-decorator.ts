/**
 * `fieldDecorator` turns a field type into a property decorator. The one decorator does three
 * jobs so a model class works everywhere unchanged:
 * - records the field for `fromDict` / `toDict` / schema generation (our metadata);
 * - registers a class-validator constraint (`ValidateBy`), so `validate()` and NestJS's
 *   `ValidationPipe` check the same rules and name the failing field;
 * - registers a class-transformer `@Transform`, so `plainToInstance` coerces lax input
 *   (`"5"` → 5, timestamp strings → PyDateTime, nested objects → model instances).
 */
import { Expose, Transform } from 'class-transformer';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { INVALID, nullableType, type FieldType } from './field-type';
import { defineField, type FieldOptions, type FieldSpec } from './model';
import type { Violation } from './violation';

export interface FieldDecoratorOptions<T> extends FieldOptions<T> {
  /** `T | null` with default null (pydantic `Optional[T] = None`) unless a default is given. */
  readonly nullable?: boolean;
  /** Passed through to class-validator (`groups`, `always`, `context`, ...). */
  readonly validation?: ValidationOptions;
}

function firstViolation(spec: FieldSpec, value: unknown): Violation | null {
  if (value === undefined) {
    return spec.required ? { type: 'missing', loc: [spec.name], msg: 'Field required', input: value } : null;
  }
  const out: Violation[] = [];
  return spec.type.parse(value, [spec.name], out) === INVALID ? (out[0] ?? null) : null;
}

/** Builds the property decorator for a field type. */
export function fieldDecorator<T>(baseType: FieldType<T>, options: FieldDecoratorOptions<T> = {}): PropertyDecorator {
  const nullable = options.nullable === true;
  const type: FieldType<T | null> = nullable ? nullableType(baseType) : (baseType as FieldType<T | null>);
  const fieldOptions: FieldDecoratorOptions<T | null> =
    nullable && !Object.prototype.hasOwnProperty.call(options, 'default') ? { ...options, default: null } : options;
  return (target: object, propertyKey: string | symbol): void => {
    if (typeof propertyKey !== 'string') throw new TypeError('wire fields must have string names');
    const spec = defineField(target.constructor, propertyKey, type, fieldOptions);
    ValidateBy(
      {
        name: type.name,
        constraints: [spec],
        validator: {
          validate: (value: unknown): boolean => firstViolation(spec, value) === null,
          defaultMessage: (args?: ValidationArguments): string => {
            const violation = firstViolation(spec, args?.value);
            return violation === null ? `${spec.name}: invalid` : `${violation.loc.join('.')}: ${violation.msg}`;
          },
        },
      },
      options.validation,
    )(target, propertyKey);
    Expose()(target, propertyKey);
    Transform(
      ({ value }: { value: unknown }) => {
        if (value === undefined) return spec.defaultValue === undefined ? undefined : spec.defaultValue.make();
        const parsed = spec.type.parse(value, [spec.name], []);
        return parsed === INVALID ? value : parsed;
      },
      { toClassOnly: true },
    )(target, propertyKey);
  };
}
