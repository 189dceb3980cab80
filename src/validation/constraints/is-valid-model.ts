/**
 * The class-level constraint: a model's rules (`defineModelRule`) on the class-validator path.
 *
 * `fromDict` runs a model's rules once every field is valid and reports the first failure as
 * `Value error, {message}`. The DTO path (`plainToInstance` + `validate`, NestJS's
 * `ValidationPipe`) sees only property constraints, so every model class also carries this
 * constraint on the pseudo-property `(model)` (the name `fromDict`'s error text gives a
 * model-level violation): it passes while a field is invalid (the field reports itself) and
 * otherwise fails with the first failing rule's message. `fieldDecorator` registers it once
 * per class; `ValidModel()` does it for a class that declares no field of its own.
 *
 * The same pseudo-property is class-transformer's input hook. The class exposes nothing else
 * to `plainToInstance` (strategy `excludeAll`, fields exposed to `instanceToPlain` only), and
 * `(model)` is read from the input under a symbol no JSON value has; its `@Transform` hands
 * the raw input object to the property's setter, which fills every field as `fromDict` parses
 * it (the parsed value, or the raw one when invalid so the field's constraint reports it;
 * defaults for absent keys). So class-transformer never walks the input itself: own
 * `__proto__` keys stay data, a 20,000-deep array is the parser's to judge (a 400, not a
 * stack overflow), and unknown keys are not copied.
 */
import { Exclude, Expose, Transform } from 'class-transformer';
import { ValidateBy } from './class-validator-deep';
import { getOwn } from '../../conventions';
import { assertUsableCopies } from '../dependency-check';
import { INVALID } from '../field-type';
import { firstModelRuleFailure, modelFields } from '../model';

export const IS_VALID_MODEL = 'isValidModel';

/** The pseudo-property that carries the class-level constraint (`ValidationError.property`). */
export const MODEL_PROPERTY = '(model)';

/**
 * The rule message a model instance fails with, as `fromDict` reports it (`Value error, ...`),
 * or null: when every rule holds, and while any field is invalid (as `fromDict`, rules run
 * only on a model whose fields are all valid).
 */
export function modelRuleViolation(instance: unknown): string | null {
  if (typeof instance !== 'object' || instance === null) return null;
  const record = instance as Record<string, unknown>;
  const scratch: never[] = [];
  for (const field of modelFields(instance.constructor)) {
    const value = Object.prototype.hasOwnProperty.call(record, field.name) ? record[field.name] : undefined;
    if (value === undefined) {
      if (field.required) return null;
      continue;
    }
    if (field.type.parse(value, field.rootLoc, scratch) === INVALID) return null;
  }
  const message = firstModelRuleFailure(instance);
  return message === null ? null : `Value error, ${message}`;
}

/** True when the instance's model rules hold (or a field is invalid, which its field reports). */
export function isValidModel(instance: unknown): boolean {
  return modelRuleViolation(instance) === null;
}

const registered = new WeakSet<Function>();

/** The key `(model)` is read under on class-transformer's side: no parsed JSON has it. */
const INPUT_KEY: unique symbol = Symbol('spec-kitty-events.input');

function fillFields(instance: Record<string, unknown>, input: unknown): void {
  assertUsableCopies();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
  for (const field of modelFields(instance.constructor)) {
    const raw = getOwn(input, field.name);
    let value: unknown;
    if (raw === undefined) {
      value = field.defaultValue === undefined ? undefined : field.defaultValue.make();
    } else {
      const parsed = field.type.parse(raw, field.rootLoc, []);
      value = parsed === INVALID ? raw : parsed;
    }
    if (value !== undefined) Object.defineProperty(instance, field.name, { value, writable: true, enumerable: true, configurable: true });
  }
}

/**
 * Registers the class-level constraint on `ctor` (idempotent). The pseudo-property is a
 * non-enumerable prototype getter returning the instance itself, so class-validator's
 * `skipMissingProperties` never skips it and class-transformer never writes it.
 */
export function registerModelRuleConstraint(ctor: Function): void {
  if (registered.has(ctor)) return;
  registered.add(ctor);
  Object.defineProperty(ctor.prototype, MODEL_PROPERTY, {
    get(this: object): object {
      return this;
    },
    set(this: Record<string, unknown>, input: unknown) {
      fillFields(this, input);
    },
    enumerable: false,
    configurable: true,
  });
  Exclude()(ctor);
  Expose({ name: INPUT_KEY as unknown as string, toClassOnly: true })(ctor.prototype as object, MODEL_PROPERTY);
  Transform(({ obj }: { obj: unknown }) => obj, { toClassOnly: true })(ctor.prototype as object, MODEL_PROPERTY);
  ValidateBy({
    name: IS_VALID_MODEL,
    validator: {
      validate: (_value: unknown, args): boolean => {
        assertUsableCopies();
        return isValidModel(args?.object);
      },
      defaultMessage: (args): string => modelRuleViolation(args?.object) ?? `${MODEL_PROPERTY}: invalid`,
    },
  })(ctor.prototype as object, MODEL_PROPERTY);
}

/** Class decorator: the model rules on the class-validator path (automatic for classes with fields). */
export function ValidModel(): ClassDecorator {
  return (target) => registerModelRuleConstraint(target);
}
