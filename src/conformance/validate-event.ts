/**
 * `validateEvent` at 6.1.0 (the reference's `validate_event` at 6.1.0): the shared conformance
 * engine bound to the 6.1.0 registry and `schemas/`, with the 6.1.0 policy — envelope
 * unwrapping, the cutover gate (with the recursive forbidden legacy keys, event names and
 * aggregate names) from the cutover area, and the transition check of `WPStatusChanged` from
 * the status area. See `./policy.ts` for the order of the steps.
 */
// The registry this module reads is complete only once every area is loaded (an entry point
// may load areas lazily, scripts/lazy-entries.js).
import '../all-models';
import { CutoverPolicyError, assertCanonicalCutoverSignal } from '../cutover';
import { cutoverRefusal } from '../cutover/signal';
import { compiledValidator } from '../schemas/schema-layer';
import { registryFor } from '../registry';
import { validateTransition, type StatusTransitionPayload } from '../status';
import { conformanceEngines, type ValidateEventOptions, type ValidateJsonEvent } from './engine';
import { contractPolicy } from './policy';
import type { ConformanceResult } from './violations';
import type { KnownEventType, NameOr } from '../registry/typed-registry';

export type { ValidateEventOptions };

const engines = conformanceEngines({
  registry: registryFor('6.1.0'),
  validatorFor: (schemaName) => compiledValidator(schemaName, '6.1.0'),
  policy: contractPolicy({
    assertCanonicalCutoverSignal: (envelope) => assertCanonicalCutoverSignal(envelope as Parameters<typeof assertCanonicalCutoverSignal>[0]),
    isCutoverFailure: (error): error is Error => error instanceof CutoverPolicyError,
    cutoverVerdict: (envelope) => cutoverRefusal(envelope as Parameters<typeof cutoverRefusal>[0])?.message ?? null,
    validateTransition: (model) => validateTransition(model as StatusTransitionPayload),
  }),
});
const validate = engines.validate;

/** `validateEvent` for a value fresh from `JSON.parse` (internal: the CLI's records). */
export const validateJsonEvent: ValidateJsonEvent = engines.validateJson;

/**
 * Validates `payload` as the payload of `eventType` under contract 6.1.0; an envelope of that
 * event type is unwrapped and gated, and `Event` validates (and gates) an envelope. Never
 * mutates or throws on the payload; an unknown event type throws `RangeError`
 * `Unknown event type: '…'. Known types: [...]`.
 */
export function validateEvent(payload: unknown, eventType: NameOr<KnownEventType>, options: ValidateEventOptions = {}): ConformanceResult {
  return validate(payload, eventType, options);
}
