/**
 * The contract registry, filled by decorators as classes are declared: which class validates
 * each event type, and which class or enum each published schema name describes. Conformance
 * validation and schema generation read only this registry.
 */
import type { EnumDescriptor } from '../validation/constraints/is-choice';
import { defineModelDescription, type ModelClass } from '../validation/model';

export interface ModelSchemaEntry {
  readonly kind: 'model';
  readonly schemaName: string;
  /** The event type this model validates payloads for (`Event` for the envelope), or null. */
  readonly eventType: string | null;
  readonly target: ModelClass<object>;
}

export interface EnumSchemaEntry {
  readonly kind: 'enum';
  readonly schemaName: string;
  readonly eventType: null;
  readonly descriptor: EnumDescriptor<string>;
}

export type RegistryEntry = ModelSchemaEntry | EnumSchemaEntry;

const bySchemaName = new Map<string, RegistryEntry>();
const byEventType = new Map<string, ModelSchemaEntry>();

function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function add(entry: RegistryEntry): void {
  const existing = bySchemaName.get(entry.schemaName);
  if (existing !== undefined && existing !== entry) {
    throw new Error(`schema name ${entry.schemaName} is registered twice`);
  }
  bySchemaName.set(entry.schemaName, entry);
  if (entry.kind === 'model' && entry.eventType !== null) {
    if (byEventType.has(entry.eventType)) throw new Error(`event type ${entry.eventType} is registered twice`);
    byEventType.set(entry.eventType, entry);
  }
}

export interface SchemaModelOptions {
  /** The class documentation text (the schema's `description`). */
  readonly description?: string;
}

/** Class decorator: a model with a published schema (e.g. `participant_identity`). */
export function SchemaModel(schemaName: string, options: SchemaModelOptions = {}): ClassDecorator {
  return (target) => {
    if (options.description !== undefined) defineModelDescription(target, options.description);
    add({ kind: 'model', schemaName, eventType: null, target: target as unknown as ModelClass<object> });
  };
}

/** Class decorator: the payload model of an event type (e.g. `FocusChanged` / `focus_changed_payload`). */
export function EventPayload(eventType: string, schemaName: string, options: SchemaModelOptions = {}): ClassDecorator {
  return (target) => {
    if (options.description !== undefined) defineModelDescription(target, options.description);
    add({ kind: 'model', schemaName, eventType, target: target as unknown as ModelClass<object> });
  };
}

/** Registers a string enum with a published schema (e.g. `lane`). */
export function registerEnumSchema(schemaName: string, descriptor: EnumDescriptor<string>): void {
  add({ kind: 'enum', schemaName, eventType: null, descriptor });
}

/** The model class for an event type, or undefined when the type is not registered. */
export function classForEventType(eventType: string): ModelClass<object> | undefined {
  return byEventType.get(eventType)?.target;
}

export function entryForEventType(eventType: string): ModelSchemaEntry | undefined {
  return byEventType.get(eventType);
}

/** The registry entry for a schema name, or undefined. */
export function entryForSchemaName(schemaName: string): RegistryEntry | undefined {
  return bySchemaName.get(schemaName);
}

/** All registered event types, sorted by code point (all are ASCII). */
export function registeredEventTypes(): readonly string[] {
  return [...byEventType.keys()].sort(compareAscii);
}

/** All entries, sorted by schema name: the stable order schema generation uses. */
export function registryEntries(): readonly RegistryEntry[] {
  return [...bySchemaName.values()].sort((a, b) => compareAscii(a.schemaName, b.schemaName));
}
