/**
 * The conformance result types (SCHEMAS_AND_CONFORMANCE.md §2.1, §2.5, §2.6). Instances are
 * frozen; the violation lists are frozen arrays.
 */

/** One model-layer failure (pydantic `errors()` item, camelCase). */
export class ModelViolation {
  /** Location joined with `.` (wire names, decimal list indexes); `""` for a model-level failure. */
  readonly field: string;
  readonly message: string;
  readonly violationType: string;
  /** The offending value (for `missing`: the object lacking the key). */
  readonly inputValue: unknown;

  constructor(field: string, message: string, violationType: string, inputValue: unknown) {
    this.field = field;
    this.message = message;
    this.violationType = violationType;
    this.inputValue = inputValue;
    Object.freeze(this);
  }
}

/** One schema-layer failure (a top-level JSON Schema validator error). */
export class SchemaViolation {
  /** `$`, then `.name` per property and `[i]` per array index. */
  readonly jsonPath: string;
  readonly message: string;
  /** The failing keyword (`required`, `type`, `enum`, `anyOf`, ...). */
  readonly validator: string;
  /** The keyword's value in the schema. */
  readonly validatorValue: unknown;
  /** Keyword path from the schema root to the failing keyword (informative). */
  readonly schemaPath: readonly (string | number)[];

  constructor(jsonPath: string, message: string, validator: string, validatorValue: unknown, schemaPath: readonly (string | number)[]) {
    this.jsonPath = jsonPath;
    this.message = message;
    this.validator = validator;
    this.validatorValue = validatorValue;
    this.schemaPath = Object.isFrozen(schemaPath) ? schemaPath : Object.freeze([...schemaPath]);
    Object.freeze(this);
  }
}

/** The outcome of `validateEvent`. */
export class ConformanceResult {
  /** No model violations, and no schema violations unless the schema check was skipped. */
  readonly valid: boolean;
  readonly modelViolations: readonly ModelViolation[];
  readonly schemaViolations: readonly SchemaViolation[];
  /** Always false in this port: the schema layer is always available. */
  readonly schemaCheckSkipped: boolean;
  /** The event type argument, echoed unchanged. */
  readonly eventType: string;

  constructor(
    modelViolations: readonly ModelViolation[],
    schemaViolations: readonly SchemaViolation[],
    schemaCheckSkipped: boolean,
    eventType: string,
  ) {
    this.modelViolations = Object.isFrozen(modelViolations) ? modelViolations : Object.freeze([...modelViolations]);
    this.schemaViolations = Object.isFrozen(schemaViolations) ? schemaViolations : Object.freeze([...schemaViolations]);
    this.schemaCheckSkipped = schemaCheckSkipped;
    this.eventType = eventType;
    this.valid = this.modelViolations.length === 0 && (this.schemaViolations.length === 0 || schemaCheckSkipped);
    Object.freeze(this);
  }
}
