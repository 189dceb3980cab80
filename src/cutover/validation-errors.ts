/**
 * The structured rejection vocabulary of 6.1.0 (reference `validation_errors`): a closed set
 * of codes and a frozen record `{code, message, path, details}` that serialises
 * deterministically. The reference calls the record `ValidationError`; here it is
 * `ContractValidationError`, because the root's `ValidationError` is the library's error class.
 */
import { jsonCopy } from '../conventions';
import { ValidationError } from '../envelope/errors';

/** The closed set of codes (reference `ValidationErrorCode`, a `str` enum). */
export enum ValidationErrorCode {
  FORBIDDEN_KEY = 'FORBIDDEN_KEY',
  UNKNOWN_LANE = 'UNKNOWN_LANE',
  PAYLOAD_SCHEMA_FAIL = 'PAYLOAD_SCHEMA_FAIL',
  ENVELOPE_SHAPE_INVALID = 'ENVELOPE_SHAPE_INVALID',
  RAW_HISTORICAL_ROW = 'RAW_HISTORICAL_ROW',
}

/** A path segment: an object key or an array index; `[]` is the envelope root. */
export type ContractErrorPathSegment = string | number;

export interface ContractValidationErrorInit {
  readonly code: ValidationErrorCode;
  readonly message: string;
  readonly path?: readonly ContractErrorPathSegment[];
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The JSON form of a `ContractValidationError` (reference `model_dump(mode="json")`). */
export interface ContractValidationErrorJson {
  readonly code: ValidationErrorCode;
  readonly message: string;
  readonly path: ContractErrorPathSegment[];
  readonly details: Record<string, unknown>;
}

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'object' && node !== null && !Object.isFrozen(node)) {
      Object.freeze(node);
      for (const child of Object.values(node)) stack.push(child);
    }
  }
  return value;
}

const CODES: ReadonlySet<string> = new Set(Object.values(ValidationErrorCode));

/** A structured rejection (reference `validation_errors.ValidationError`): frozen, JSON-shaped. */
export class ContractValidationError {
  readonly code: ValidationErrorCode;
  readonly message: string;
  readonly path: readonly ContractErrorPathSegment[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(init: ContractValidationErrorInit) {
    if (!CODES.has(init.code)) {
      throw new ValidationError(`code: Input should be ${[...CODES].map((c) => `'${c}'`).join(', ')}`);
    }
    this.code = init.code;
    this.message = init.message;
    this.path = Object.freeze([...(init.path ?? [])]);
    this.details = deepFreeze(jsonCopy(init.details ?? {}) as Record<string, unknown>);
    Object.freeze(this);
  }

  toDict(): ContractValidationErrorJson {
    return {
      code: this.code,
      message: this.message,
      path: [...this.path],
      details: jsonCopy(this.details) as Record<string, unknown>,
    };
  }

  toJSON(): ContractValidationErrorJson {
    return this.toDict();
  }
}

/** What `transitionErrorToValidationError` needs of a transition error: its violation texts. */
export interface TransitionErrorLike {
  readonly message: string;
  readonly violations?: readonly string[];
}

/**
 * A transition error as a structured rejection (reference `transition_error_to_validation_error`):
 * code `UNKNOWN_LANE`, details `{violations}`. Throws when it carries no violations (the closed
 * set has no generic code).
 */
export function transitionErrorToValidationError(err: TransitionErrorLike): ContractValidationError {
  const violations = err.violations;
  if (violations === undefined || violations.length === 0) {
    throw new ValidationError(
      'TransitionError has no violations; cannot map to a closed ValidationErrorCode (would require inventing a fallback code).',
    );
  }
  return new ContractValidationError({
    code: ValidationErrorCode.UNKNOWN_LANE,
    message: err.message,
    path: [],
    details: { violations: [...violations] },
  });
}

/**
 * A lifecycle/envelope-boundary error as a structured rejection (reference
 * `lifecycle_error_to_validation_error`): a message naming a historical row →
 * `RAW_HISTORICAL_ROW`; a class name containing `Validation` or a message naming the envelope →
 * `ENVELOPE_SHAPE_INVALID`; anything else throws.
 */
export function lifecycleErrorToValidationError(err: Error): ContractValidationError {
  const msg = err.message;
  const lower = msg.toLowerCase();
  const className = err.constructor.name;
  if (lower.includes('historical') && lower.includes('row')) {
    return new ContractValidationError({
      code: ValidationErrorCode.RAW_HISTORICAL_ROW,
      message: msg || 'raw historical row detected',
      path: [],
      details: { detected_shape: 'local_status_row' },
    });
  }
  if (className.includes('Validation') || lower.includes('envelope')) {
    return new ContractValidationError({
      code: ValidationErrorCode.ENVELOPE_SHAPE_INVALID,
      message: msg || 'envelope shape invalid',
      path: [],
      details: { errors: [msg] },
    });
  }
  throw new ValidationError(
    `Cannot map exception of type '${className}' to a closed ValidationErrorCode; widen the enum or fix the mapping.`,
  );
}
