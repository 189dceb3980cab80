/**
 * Assertion helpers for consumers' test suites (SCHEMAS_AND_CONFORMANCE.md §2.7). Failures
 * throw Node's `AssertionError` with the reference's exact messages.
 */
import { AssertionError } from 'node:assert';
import { pyRepr } from '../../conventions';
import { Lane, SyncLaneV1, canonicalToSyncV1 } from '../status/lanes';
import { validateEvent, type ValidateEventOptions } from './validate-event';
import type { ConformanceResult } from '../../conformance/violations';

/** Returns the result when `payload` conforms; otherwise throws listing every violation. */
export function assertPayloadConforms(payload: unknown, eventType: string, options: ValidateEventOptions = {}): ConformanceResult {
  const result = validateEvent(payload, eventType, options);
  if (result.valid) return result;
  const lines = [`Payload for ${pyRepr(eventType)} failed conformance:`];
  for (const violation of result.modelViolations) lines.push(`  Model: ${violation.field} \u2014 ${violation.message}`);
  for (const violation of result.schemaViolations) lines.push(`  Schema: ${violation.jsonPath} \u2014 ${violation.message}`);
  throw new AssertionError({ message: lines.join('\n') });
}

/** Returns the result when `payload` does not conform; otherwise throws. */
export function assertPayloadFails(payload: unknown, eventType: string, options: ValidateEventOptions = {}): ConformanceResult {
  const result = validateEvent(payload, eventType, options);
  if (!result.valid) return result;
  throw new AssertionError({ message: `Payload for ${pyRepr(eventType)} was expected to fail but passed conformance.` });
}

const LANES: ReadonlySet<unknown> = new Set<unknown>(Object.values(Lane));
const SYNC_LANES: ReadonlySet<unknown> = new Set<unknown>(Object.values(SyncLaneV1));

/**
 * Checks `canonicalToSyncV1(Lane(canonicalValue)) === SyncLaneV1(expectedSyncValue)`. Both
 * values are converted by exact value (no aliases); an unknown value throws `RangeError`
 * `'…' is not a valid Lane` / `'…' is not a valid SyncLaneV1` (the canonical one first).
 */
export function assertLaneMapping(canonicalValue: unknown, expectedSyncValue: unknown): void {
  if (!LANES.has(canonicalValue)) throw new RangeError(`${pyRepr(canonicalValue)} is not a valid Lane`);
  if (!SYNC_LANES.has(expectedSyncValue)) throw new RangeError(`${pyRepr(expectedSyncValue)} is not a valid SyncLaneV1`);
  const actual = canonicalToSyncV1(canonicalValue as Lane);
  if (actual !== expectedSyncValue) {
    throw new AssertionError({
      message: `Expected ${pyRepr(canonicalValue)} \u2192 ${pyRepr(expectedSyncValue)}, got ${pyRepr(actual)}`,
    });
  }
}
