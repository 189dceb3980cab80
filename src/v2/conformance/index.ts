/**
 * `spec-kitty-events/v2/conformance`: the 2.1.0 dual-layer validation of event payloads (model + JSON
 * Schema), the canonical fixtures and the assertion helpers (API.md, conformance table).
 */
import 'reflect-metadata';
import '../all-models';

export { validateEvent, type ValidateEventOptions } from './validate-event';
export { ConformanceResult, ModelViolation, SchemaViolation } from '../../conformance/violations';
export {
  FixtureCase,
  loadFixtures,
  loadScenarios,
  type FixtureCategory,
  type ScenarioCase,
  type ScenarioError,
  type ScenarioOptions,
  type ScenarioReducer,
} from './fixtures';
export type { KnownV2EventType, NameOr, V2EventPayloadTypes } from '../../registry/typed-registry';
export type { FixtureSource } from '../../conformance/fixture-tree';
export { assertPayloadConforms, assertPayloadFails, assertLaneMapping } from './assertions';
