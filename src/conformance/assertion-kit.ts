/**
 * The assertion helpers both contract versions share (SCHEMAS_AND_CONFORMANCE.md §2.7), built
 * from a contract's `validateEvent` and its lane vocabularies. Failures throw Node's
 * `AssertionError` with the reference's exact messages.
 */
import { AssertionError } from 'node:assert';
import { pyRepr } from '../conventions';
import type { ValidateEvent, ValidateEventOptions } from './engine';
import type { ConformanceResult } from './violations';

/** `assertPayloadConforms` / `assertPayloadFails` over one contract's `validateEvent`. */
export interface PayloadAssertions {
  readonly assertPayloadConforms: (payload: unknown, eventType: string, options?: ValidateEventOptions) => ConformanceResult;
  readonly assertPayloadFails: (payload: unknown, eventType: string, options?: ValidateEventOptions) => ConformanceResult;
}

export function payloadAssertions(validateEvent: ValidateEvent): PayloadAssertions {
  return Object.freeze({
    assertPayloadConforms(payload: unknown, eventType: string, options: ValidateEventOptions = {}): ConformanceResult {
      const result = validateEvent(payload, eventType, options);
      if (result.valid) return result;
      const lines = [`Payload for ${pyRepr(eventType)} failed conformance:`];
      for (const violation of result.modelViolations) lines.push(`  Model: ${violation.field} \u2014 ${violation.message}`);
      for (const violation of result.schemaViolations) lines.push(`  Schema: ${violation.jsonPath} \u2014 ${violation.message}`);
      throw new AssertionError({ message: lines.join('\n') });
    },
    assertPayloadFails(payload: unknown, eventType: string, options: ValidateEventOptions = {}): ConformanceResult {
      const result = validateEvent(payload, eventType, options);
      if (!result.valid) return result;
      throw new AssertionError({ message: `Payload for ${pyRepr(eventType)} was expected to fail but passed conformance.` });
    },
  });
}

/** A contract's canonical lanes, sync lanes (both by exact value) and the mapping between them. */
export interface LaneVocabulary<L extends string, S extends string> {
  readonly laneEnumName: string;
  readonly syncEnumName: string;
  readonly lanes: readonly L[];
  readonly syncLanes: readonly S[];
  readonly toSync: (lane: L) => S;
}

/**
 * `assertLaneMapping(canonical, expectedSync)`: both values are converted by exact value (no
 * aliases); an unknown value throws `RangeError` `'…' is not a valid <Enum>` (the canonical
 * one first); a different mapping throws `Expected 'a' → 'b', got 'c'`.
 */
export function laneMappingAssertion<L extends string, S extends string>(vocabulary: LaneVocabulary<L, S>): (canonicalValue: unknown, expectedSyncValue: unknown) => void {
  const lanes: ReadonlySet<unknown> = new Set<unknown>(vocabulary.lanes);
  const syncLanes: ReadonlySet<unknown> = new Set<unknown>(vocabulary.syncLanes);
  return (canonicalValue: unknown, expectedSyncValue: unknown): void => {
    if (!lanes.has(canonicalValue)) throw new RangeError(`${pyRepr(canonicalValue)} is not a valid ${vocabulary.laneEnumName}`);
    if (!syncLanes.has(expectedSyncValue)) throw new RangeError(`${pyRepr(expectedSyncValue)} is not a valid ${vocabulary.syncEnumName}`);
    const actual = vocabulary.toSync(canonicalValue as L);
    if (actual !== expectedSyncValue) {
      throw new AssertionError({
        message: `Expected ${pyRepr(canonicalValue)} \u2192 ${pyRepr(expectedSyncValue)}, got ${pyRepr(actual)}`,
      });
    }
  };
}
