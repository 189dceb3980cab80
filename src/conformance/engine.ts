/**
 * The conformance engine both contract versions share (SCHEMAS_AND_CONFORMANCE.md §2): the
 * dual-layer check of a payload against an event type — the registered model class (lax
 * pydantic rules, business rules) and the published JSON Schema — parameterised by a contract
 * description: its registry, its schema folder and its policy hooks. 2.1.0 uses no hooks
 * (`src/v2/conformance/validate-event.ts`); 6.1.0 adds envelope unwrapping, the cutover gate and
 * semantic rules (`./validate-event.ts`). The order of one validation:
 *
 * 1. `unwrap` picks the payload the layers see, and the envelope to gate (if any);
 * 2. `gate` checks that envelope (its violations open the model list);
 * 3. the model layer parses the payload;
 * 4. when the list is still empty, the event type's semantic rule runs on the parsed model;
 * 5. the schema layer checks the same payload, unless the event type publishes no schema.
 *
 * (The schema layer is computed before the model layer — both only read the payload — so a
 * payload it refuses skips the model's top-level fast path, which would fail; the lists and
 * their order are as above.)
 */
import { describeThrown, pyRepr, withoutHoles } from '../conventions';
import type { ContractRegistry } from '../registry';
import type { ValidateFunction } from 'ajv';
import { mapSchemaErrors, schemaValidator } from '../schemas/schema-layer';
import { withoutFirstFastPath } from '../validation/model';
import { copyList, type Violation } from '../validation/violation';
import { ConformanceResult, ModelViolation, SchemaViolation } from './violations';

export interface ValidateEventOptions {
  /**
   * Accepted for parity with the reference. The schema layer is always available in this
   * port (ajv is a dependency and the schemas ship with the package), so it has no effect.
   */
  readonly strict?: boolean;
}

/** What the layers validate: the payload, and the envelope the gate checks (null: no gate). */
export interface UnwrappedInput {
  readonly payload: unknown;
  readonly envelope: unknown;
  readonly gated: boolean;
}

/** A business rule run on a payload whose model layer passed: its violations, in order. */
export type SemanticRule = (model: object, payload: unknown) => readonly ModelViolation[];

/** The contract-specific steps of a validation (all optional: 2.1.0 has none). */
export interface ConformancePolicy {
  /** Chooses the payload and the envelope to gate; default: the input itself, ungated. */
  readonly unwrap?: (input: unknown, eventType: string) => UnwrappedInput;
  /** Checks the envelope chosen by `unwrap` (called only when `gated`). */
  readonly gate?: (envelope: unknown) => readonly ModelViolation[];
  /** The semantic rule of an event type, if any. */
  readonly semanticRule?: (eventType: string) => SemanticRule | undefined;
  /** Whether an event type publishes a schema (false: the schema layer is skipped); default true. */
  readonly publishesSchema?: (eventType: string) => boolean;
}

/** A contract version as the engine sees it. */
export interface ConformanceContract {
  readonly registry: ContractRegistry;
  /** The folder of the contract's `*.schema.json` files (compiled at run time; tooling, tests). */
  readonly schemaDir?: string;
  /**
   * The validator of a schema name, when the schemas come compiled (the package's own: ajv
   * standalone modules built at build time, `compiledValidator`); takes precedence over `schemaDir`.
   */
  readonly validatorFor?: (schemaName: string) => ValidateFunction;
  readonly policy?: ConformancePolicy;
}

/** `validateEvent` as a contract binds it. */
export type ValidateEvent = (payload: unknown, eventType: string, options?: ValidateEventOptions) => ConformanceResult;

/**
 * `validateEvent` for a value fresh from `JSON.parse` (the CLI's records): same result, minus
 * the schema layer's sparse-array view — a parsed JSON value has no holes, getters or cycles.
 */
export type ValidateJsonEvent = (json: unknown, eventType: string) => ConformanceResult;

type SafeParse = (data: unknown) => { readonly ok: true; readonly value: object } | { readonly ok: false; readonly violations: readonly Violation[] };

/** The layers of one event type, resolved once. */
interface Layers {
  readonly parse: SafeParse;
  readonly validate: ReturnType<typeof schemaValidator> | null;
  readonly rule: SemanticRule | undefined;
}

const NO_MODEL_VIOLATIONS: readonly ModelViolation[] = Object.freeze([]);
const NO_SCHEMA_VIOLATIONS: readonly SchemaViolation[] = Object.freeze([]);

/** A model-layer violation from a field-type violation (`loc` joined with `.`). */
export function modelViolationOf(violation: Violation): ModelViolation {
  return new ModelViolation(locText(violation.loc), violation.msg, violation.type, violation.input);
}

/** `loc.join('.')`; a one-segment location (the common top-level field) without the join. */
function locText(loc: readonly (string | number)[]): string {
  if (loc.length === 1) {
    const segment = loc[0];
    return typeof segment === 'string' ? segment : String(segment);
  }
  return loc.join('.');
}

/** A violation list, frozen: in place when the engine built it (`own`), else a frozen copy (a hook's list stays the hook's). */
function frozenList(list: readonly ModelViolation[], own: boolean): readonly ModelViolation[] {
  return own ? Object.freeze(list) : Object.freeze([...list]);
}

/**
 * Binds the engine to a contract. The returned `validateEvent(payload, eventType)` never
 * mutates or throws on the payload; an unknown event type throws `RangeError`
 * `Unknown event type: '…'. Known types: [...]`.
 */
export function conformanceEngine(contract: ConformanceContract): ValidateEvent {
  return conformanceEngines(contract).validate;
}

/** The engine bound to a contract, as `validateEvent` and as its variant for parsed JSON. */
export function conformanceEngines(contract: ConformanceContract): { readonly validate: ValidateEvent; readonly validateJson: ValidateJsonEvent } {
  const policy = contract.policy ?? {};
  const layersByType = new Map<string, Layers>();
  const validatorFor =
    contract.validatorFor ??
    ((schemaName: string): ValidateFunction => {
      if (contract.schemaDir === undefined) throw new TypeError('conformanceEngine: the contract names neither validatorFor nor schemaDir');
      return schemaValidator(schemaName, contract.schemaDir);
    });

  const layersFor = (eventType: unknown): Layers => {
    if (typeof eventType === 'string') {
      const cached = layersByType.get(eventType);
      if (cached !== undefined) return cached;
      const entry = contract.registry.entryForEventType(eventType);
      if (entry !== undefined) {
        const schema = entry.published !== false && (policy.publishesSchema?.(eventType) ?? true);
        const layers: Layers = {
          parse: (entry.target as unknown as { safeFromDict: SafeParse }).safeFromDict.bind(entry.target),
          validate: schema ? validatorFor(entry.schemaName) : null,
          rule: policy.semanticRule?.(eventType),
        };
        layersByType.set(eventType, layers);
        return layers;
      }
    }
    throw new RangeError(`Unknown event type: ${pyRepr(eventType)}. Known types: ${pyRepr(contract.registry.registeredEventTypes())}`);
  };

  const check = (input: unknown, eventType: string, json: boolean): ConformanceResult => {
    const layers = layersFor(eventType);
    let payload = input;
    let gateViolations = NO_MODEL_VIOLATIONS;
    const unwrapped = policy.unwrap?.(input, eventType);
    if (unwrapped != null) {
      payload = unwrapped.payload;
      if (unwrapped.gated && policy.gate !== undefined) gateViolations = policy.gate(unwrapped.envelope);
    }
    // Layer 2 runs first, though its violations are listed second: the layers only read the
    // payload, and a payload the schema refuses would fail the model's compiled fast path too,
    // so the model layer then goes straight to its generic path (same violations, no work twice).
    // Layer 2: the published schema, on the same untouched payload as JSON sees it (a sparse
    // array is its real elements, conventions/json-walk.ts; ajv would iterate its whole `length`).
    const schema = layers.validate === null ? null : schemaLayer(layers.validate, payload, json);
    // Layer 1: the model class (lax parsing, aliases, business rules).
    const outcome = schema !== null && schema.length > 0 ? withoutFirstFastPath(layers.parse, payload) : layers.parse(payload);
    // `own`: the list was built here (frozen in place); otherwise a hook's list, copied.
    let model: readonly ModelViolation[] = gateViolations;
    let own = false;
    if (!outcome.ok) {
      const list = copyList(gateViolations);
      for (const violation of outcome.violations) list.push(modelViolationOf(violation));
      model = list;
      own = true;
    }
    // Layer 1.5: the semantic rule, on a payload that passed everything so far.
    if (model.length === 0 && outcome.ok && layers.rule !== undefined) model = layers.rule(outcome.value, payload);
    if (schema === null) return new ConformanceResult(frozenList(model, own), NO_SCHEMA_VIOLATIONS, true, eventType);
    return new ConformanceResult(model.length === 0 ? NO_MODEL_VIOLATIONS : frozenList(model, own), schema, false, eventType);
  };

  return {
    validate: (input: unknown, eventType: string, options: ValidateEventOptions = {}): ConformanceResult => {
      void options;
      return check(input, eventType, false);
    },
    validateJson: (json: unknown, eventType: string): ConformanceResult => check(json, eventType, true),
  };
}

/**
 * Layer 2, never throwing: a getter or Proxy trap that throws while ajv reads the payload
 * gives one violation at `$` (validator `unreadable`) instead of a raw error.
 */
function schemaLayer(validate: ValidateFunction, payload: unknown, json: boolean): readonly SchemaViolation[] {
  try {
    const view = json ? payload : withoutHoles(payload);
    return validate(view) ? NO_SCHEMA_VIOLATIONS : mapSchemaErrors(validate.errors ?? [], view);
  } catch (thrown) {
    return Object.freeze([new SchemaViolation('$', `Payload could not be read: ${describeThrown(thrown)}`, 'unreadable', null, [])]);
  }
}
