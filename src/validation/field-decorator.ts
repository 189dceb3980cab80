/**
 * `fieldDecorator` turns a field type into a property decorator. The one decorator does three
 * jobs so a model class works everywhere unchanged:
 * - records the field for `fromDict` / `toDict` / schema generation (our metadata);
 * - registers class-validator constraints (`ValidateBy`), so `validate()` and NestJS's
 *   `ValidationPipe` check the same rules and name the failing field, with `fromDict`'s
 *   messages (`loc: msg`); the model's rules come with the class-level constraint
 *   (`constraints/is-valid-model.ts`), registered here once per class;
 * - exposes the field to class-transformer; `plainToInstance` fills every field at once
 *   through the class-level input hook (`constraints/is-valid-model.ts`), coercing lax input
 *   (`"5"` → 5, timestamp strings → PyDateTime, nested objects → model instances).
 *
 * A field holding models (`IsNested`, `IsListOf(nestedType(...))`) can fail in several places
 * at once; `fromDict` lists them all. class-validator keeps one message per constraint, so such
 * a field carries `REPORT_SLOTS` constraints (`isNested`, `isNested#2`, ...): slot i reports
 * the i-th violation, the last slot also counts those left out.
 */
import { Expose } from 'class-transformer';
import type { ValidationArguments, ValidationOptions } from 'class-validator';
import { ValidateBy } from './constraints/class-validator-deep';
import { registerModelRuleConstraint } from './constraints/is-valid-model';
import { INVALID, nullableType, type FieldType } from './field-type';
import { defineField, type FieldOptions, type FieldSpec } from './model';
import type { Violation } from './violation';

export interface FieldDecoratorOptions<T> extends FieldOptions<T> {
  /** `T | null` with default null (pydantic `Optional[T] = None`) unless a default is given. */
  readonly nullable?: boolean;
  /**
   * With `nullable`: no default null, the key must be present (pydantic `Optional[T] = Field(...)`,
   * `null` accepted, absence is `missing`). Ignored when a default is given.
   */
  readonly required?: boolean;
  /** Passed through to class-validator (`groups`, `always`, `context`, ...). */
  readonly validation?: ValidationOptions;
  /**
   * Report every violation of the field on the class-validator path, not only the first
   * (fields that hold models: `IsNested`, `IsListOf` of models). Default false.
   */
  readonly reportAll?: boolean;
}

/** How many violations of one field the class-validator path reports (the last counts the rest). */
export const REPORT_SLOTS = 16;

function fieldViolations(spec: FieldSpec, value: unknown): readonly Violation[] {
  if (value === undefined) {
    return spec.required ? [{ type: 'missing', loc: spec.rootLoc, msg: 'Field required', input: value }] : [];
  }
  const out: Violation[] = [];
  return spec.type.parse(value, spec.rootLoc, out) === INVALID ? out : [];
}

function describe(violation: Violation): string {
  return `${violation.loc.join('.')}: ${violation.msg}`;
}

/**
 * The violations of the value last checked per (object, field), so the report slots of one
 * validation parse the value once. Slot 0 always recomputes (it runs first).
 */
const lastChecked = new WeakMap<object, Map<string, { readonly value: unknown; readonly violations: readonly Violation[] }>>();

function violationsFor(spec: FieldSpec, args: ValidationArguments | undefined, value: unknown, fresh: boolean): readonly Violation[] {
  const owner = args?.object;
  if (typeof owner !== 'object' || owner === null) return fieldViolations(spec, value);
  let perField = lastChecked.get(owner);
  const cached = perField?.get(spec.name);
  if (!fresh && cached !== undefined && Object.is(cached.value, value)) return cached.violations;
  const violations = fieldViolations(spec, value);
  if (perField === undefined) {
    perField = new Map();
    lastChecked.set(owner, perField);
  }
  perField.set(spec.name, { value, violations });
  return violations;
}

function slotMessage(violations: readonly Violation[], slot: number, slots: number): string {
  const violation = violations[slot];
  if (violation === undefined) return '';
  const rest = violations.length - slots;
  return slots > 1 && slot === slots - 1 && rest > 0 ? `${describe(violation)} (and ${rest} more)` : describe(violation);
}

/** Builds the property decorator for a field type. */
export function fieldDecorator<T>(baseType: FieldType<T>, options: FieldDecoratorOptions<T> = {}): PropertyDecorator {
  const nullable = options.nullable === true;
  const type: FieldType<T | null> = nullable ? nullableType(baseType) : (baseType as FieldType<T | null>);
  const fieldOptions: FieldDecoratorOptions<T | null> =
    nullable && options.required !== true && !Object.prototype.hasOwnProperty.call(options, 'default') ? { ...options, default: null } : options;
  const slots = options.reportAll === true ? REPORT_SLOTS : 1;
  return (target: object, propertyKey: string | symbol): void => {
    if (typeof propertyKey !== 'string') throw new TypeError('wire fields must have string names');
    const spec = defineField(target.constructor, propertyKey, type, fieldOptions);
    registerModelRuleConstraint(target.constructor);
    for (let slot = 0; slot < slots; slot++) {
      ValidateBy(
        {
          name: slot === 0 ? type.name : `${type.name}#${slot + 1}`,
          // The schema generator reads the field from the first constraint only.
          constraints: slot === 0 ? [spec] : [],
          validator: {
            validate: (value: unknown, args?: ValidationArguments): boolean => violationsFor(spec, args, value, slot === 0).length <= slot,
            defaultMessage: (args?: ValidationArguments): string =>
              slotMessage(violationsFor(spec, args, args?.value, false), slot, slots) || `${spec.name}: invalid`,
          },
        },
        options.validation,
      )(target, propertyKey);
    }
    // Written by class-transformer through the class-level input hook (is-valid-model.ts), read
    // by `instanceToPlain`.
    Expose({ toPlainOnly: true })(target, propertyKey);
  };
}
