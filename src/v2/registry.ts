/** The 2.1.0 registry and its lookups (the registry module's `ContractRegistry` for `'2.1.0'`). */
// Its readers see every 2.1.0 area registered, whatever else the process loaded.
import './all-models';
import { registryFor, type ModelSchemaEntry, type RegistryEntry } from '../registry';
import type { ModelClass } from '../validation/model';

export const V2_REGISTRY = registryFor('2.1.0');

/** The 2.1.0 model class for an event type, or undefined. */
export function classForEventType(eventType: string): ModelClass<object> | undefined {
  return V2_REGISTRY.classForEventType(eventType);
}
export function entryForEventType(eventType: string): ModelSchemaEntry | undefined {
  return V2_REGISTRY.entryForEventType(eventType);
}
export function entryForSchemaName(schemaName: string): RegistryEntry | undefined {
  return V2_REGISTRY.entryForSchemaName(schemaName);
}
export function registeredEventTypes(): readonly string[] {
  return V2_REGISTRY.registeredEventTypes();
}
export function registryEntries(): readonly RegistryEntry[] {
  return V2_REGISTRY.registryEntries();
}
