/**
 * `validateEvent` (SCHEMAS_AND_CONFORMANCE.md §2) at 2.1.0: the shared conformance engine
 * bound to the 2.1.0 registry and `schemas/v2/`, with no policy hooks — the dual-layer check
 * of a payload against an event type (the registered model class and the published JSON
 * Schema), both always run on the untouched payload.
 */
import { conformanceEngines, type ValidateEventOptions, type ValidateJsonEvent } from '../../conformance/engine';
import type { ConformanceResult } from '../../conformance/violations';
import { compiledValidator } from '../../schemas/schema-layer';
import { V2_REGISTRY } from '../registry';
import type { KnownV2EventType, NameOr } from '../../registry/typed-registry';

export type { ValidateEventOptions };

const engines = conformanceEngines({ registry: V2_REGISTRY, validatorFor: (schemaName) => compiledValidator(schemaName, '2.1.0') });
const validate = engines.validate;

/** `validateEvent` for a value fresh from `JSON.parse` (internal: the CLI's records). */
export const validateJsonEvent: ValidateJsonEvent = engines.validateJson;

/**
 * Validates `payload` as the payload of `eventType` (`Event` validates an envelope). Never
 * mutates or throws on the payload; an unknown event type throws `RangeError`
 * `Unknown event type: '…'. Known types: [...]`.
 */
export function validateEvent(payload: unknown, eventType: NameOr<KnownV2EventType>, options: ValidateEventOptions = {}): ConformanceResult {
  return validate(payload, eventType, options);
}
