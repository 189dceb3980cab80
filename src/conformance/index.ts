/**
 * `spec-kitty-events/conformance`: the 6.1.0 conformance (API-6.1.0.md, the /conformance row)
 * — `validateEvent` with envelope unwrapping, the cutover gate, forbidden legacy keys and the
 * transition check; the reference's 242 fixtures with `loadFixtures` and `loadReplayStream`;
 * the timestamp-semantics helpers; the assertion helpers. The 2.1.0 twin is
 * `spec-kitty-events/v2/conformance`.
 */
import 'reflect-metadata';
import '../all-models';

export { validateEvent, type ValidateEventOptions } from './validate-event';
export { ConformanceResult, ModelViolation, SchemaViolation } from './violations';
export { FixtureCase, loadFixtures, loadReplayStream, type FixtureCategory } from './fixtures';
export type { KnownEventType, NameOr } from '../registry/typed-registry';
export {
  TimestampSubstitutionError,
  assertProducerOccurrencePreserved,
  loadTimestampSemanticsFixture,
  type EnvelopeWithTimestamp,
  type OccurrenceCheckOptions,
  type OccurrenceTime,
  type TimestampExpectation,
} from './timestamp-semantics';
export { assertPayloadConforms, assertPayloadFails, assertLaneMapping } from './assertions';
