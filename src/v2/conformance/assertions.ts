/**
 * Assertion helpers for consumers' test suites (SCHEMAS_AND_CONFORMANCE.md §2.7) at 2.1.0:
 * the shared kit bound to the 2.1.0 `validateEvent` and lanes. Failures throw Node's
 * `AssertionError` with the reference's exact messages.
 */
import { laneMappingAssertion, payloadAssertions } from '../../conformance/assertion-kit';
import type { ConformanceResult } from '../../conformance/violations';
import { Lane, SyncLaneV1, canonicalToSyncV1 } from '../status/lanes';
import { validateEvent, type ValidateEventOptions } from './validate-event';

const payloads = payloadAssertions(validateEvent);

/** Returns the result when `payload` conforms; otherwise throws listing every violation. */
export function assertPayloadConforms(payload: unknown, eventType: string, options: ValidateEventOptions = {}): ConformanceResult {
  return payloads.assertPayloadConforms(payload, eventType, options);
}

/** Returns the result when `payload` does not conform; otherwise throws. */
export function assertPayloadFails(payload: unknown, eventType: string, options: ValidateEventOptions = {}): ConformanceResult {
  return payloads.assertPayloadFails(payload, eventType, options);
}

const laneMapping = laneMappingAssertion({
  laneEnumName: 'Lane',
  syncEnumName: 'SyncLaneV1',
  lanes: Object.values(Lane),
  syncLanes: Object.values(SyncLaneV1),
  toSync: canonicalToSyncV1,
});

/**
 * Checks `canonicalToSyncV1(Lane(canonicalValue)) === SyncLaneV1(expectedSyncValue)`. Both
 * values are converted by exact value (no aliases); an unknown value throws `RangeError`
 * `'…' is not a valid Lane` / `'…' is not a valid SyncLaneV1` (the canonical one first).
 */
export function assertLaneMapping(canonicalValue: unknown, expectedSyncValue: unknown): void {
  laneMapping(canonicalValue, expectedSyncValue);
}
