/**
 * `validateEvent` (SCHEMAS_AND_CONFORMANCE.md §2): the dual-layer check of a payload
 * against an event type — the registered model class (lax pydantic rules, business rules)
 * and the published JSON Schema — both always run on the untouched payload.
 */
import { describeThrown, pyRepr, withoutHoles } from '../conventions';
import { entryForEventType, registeredEventTypes } from '../registry';
import type { Violation } from '../validation/violation';
import { mapSchemaErrors, schemaValidator } from './schema-layer';
import { ConformanceResult, ModelViolation, SchemaViolation } from './violations';

export interface ValidateEventOptions {
  /**
   * Accepted for parity with the reference. The schema layer is always available in this
   * port (ajv is a dependency and the schemas ship with the package), so it has no effect.
   */
  readonly strict?: boolean;
}

type SafeParse = (data: unknown) => { readonly ok: true } | { readonly ok: false; readonly violations: readonly Violation[] };

const EMPTY: readonly ModelViolation[] = Object.freeze([]);

function modelViolation(violation: Violation): ModelViolation {
  return new ModelViolation(violation.loc.join('.'), violation.msg, violation.type, violation.input);
}

const NO_SCHEMA_VIOLATIONS: readonly SchemaViolation[] = Object.freeze([]);

/** The two layers of one event type, resolved once: the model class and the compiled schema. */
interface Layers {
  readonly target: { safeFromDict: SafeParse };
  readonly validate: ReturnType<typeof schemaValidator>;
}

const layersByType = new Map<string, Layers>();

function layersFor(eventType: unknown): Layers {
  if (typeof eventType === 'string') {
    const cached = layersByType.get(eventType);
    if (cached !== undefined) return cached;
    const entry = entryForEventType(eventType);
    if (entry !== undefined) {
      const layers: Layers = {
        target: entry.target as unknown as { safeFromDict: SafeParse },
        validate: schemaValidator(entry.schemaName),
      };
      layersByType.set(eventType, layers);
      return layers;
    }
  }
  throw new RangeError(`Unknown event type: ${pyRepr(eventType)}. Known types: ${pyRepr(registeredEventTypes())}`);
}

/**
 * Validates `payload` as the payload of `eventType` (`Event` validates an envelope). Never
 * mutates or throws on the payload; an unknown event type throws `RangeError`
 * `Unknown event type: '…'. Known types: [...]`.
 */
export function validateEvent(payload: unknown, eventType: string, options: ValidateEventOptions = {}): ConformanceResult {
  void options;
  const layers = layersFor(eventType);
  // Layer 1: the model class (lax parsing, aliases, business rules).
  const outcome = layers.target.safeFromDict(payload);
  const model = outcome.ok ? EMPTY : Object.freeze(outcome.violations.map(modelViolation));
  // Layer 2: the published schema, on the untouched payload as JSON sees it (a sparse array
  // is its real elements, conventions/json-walk.ts; ajv would iterate its whole `length`).
  const schema = schemaLayer(layers.validate, payload);
  return new ConformanceResult(model, schema, false, eventType);
}

/**
 * Layer 2, never throwing: a getter or Proxy trap that throws while ajv reads the payload
 * gives one violation at `$` (validator `unreadable`) instead of a raw error.
 */
function schemaLayer(validate: Layers['validate'], payload: unknown): readonly SchemaViolation[] {
  try {
    const view = withoutHoles(payload);
    return validate(view) ? NO_SCHEMA_VIOLATIONS : mapSchemaErrors(validate.errors ?? [], view);
  } catch (thrown) {
    return Object.freeze([new SchemaViolation('$', `Payload could not be read: ${describeThrown(thrown)}`, 'unreadable', null, [])]);
  }
}
