/**
 * The contract registries, filled by decorators as classes are declared: per contract version
 * (2.1.0 under `/v2`, 6.1.0 at the package root), which class validates each event type and
 * which class or enum each published schema name describes. A class identical in both
 * contracts is registered in both. Conformance validation and schema generation read only
 * these registries.
 */
import type { EnumDescriptor } from '../validation/constraints/is-choice';
import { defineModelDescription, type ModelClass } from '../validation/model';

/** The contract versions this package speaks: 2.1.0 (`spec-kitty-events/v2`) and 6.1.0 (the root). */
export type ContractVersion = '2.1.0' | '6.1.0';

/** Every contract version, oldest first. */
export const CONTRACT_VERSIONS: readonly ContractVersion[] = Object.freeze(['2.1.0', '6.1.0'] as const);

export interface ModelSchemaEntry {
  readonly kind: 'model';
  readonly schemaName: string;
  /** The event type this model validates payloads for (`Event` for the envelope), or null. */
  readonly eventType: string | null;
  readonly target: ModelClass<object>;
  /**
   * False for an event payload the contract validates but publishes no schema for (the
   * reference's `_EVENT_TYPE_TO_SCHEMA` has no entry): no file is generated and the schema
   * layer of `validateEvent` is skipped. Absent means published.
   */
  readonly published?: boolean;
}

export interface EnumSchemaEntry {
  readonly kind: 'enum';
  readonly schemaName: string;
  readonly eventType: null;
  readonly descriptor: EnumDescriptor<string>;
}

export type RegistryEntry = ModelSchemaEntry | EnumSchemaEntry;

function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every registered event type name (either contract), mapped to itself: the one string the
 * registry holds (a source literal, so internalised). See `canonicalEventType`.
 */
const eventTypeNames = new Map<string, string>();

/**
 * The registry's own string for a registered event type name, else `name` unchanged. The
 * envelopes' `event_type` goes through it at parse: `JSON.parse` leaves strings longer than
 * 10 characters un-internalised, and the reducers' `Set.has` / `switch` on `event_type` then
 * compare contents; on the registry's string they compare pointers (issue 11).
 */
export function canonicalEventType(name: string): string {
  return eventTypeNames.get(name) ?? name;
}

/** One contract version's registry: event type → payload class, schema name → class or enum. */
export class ContractRegistry {
  private readonly bySchemaName = new Map<string, RegistryEntry>();
  private readonly byEventType = new Map<string, ModelSchemaEntry>();

  constructor(readonly version: ContractVersion) {}

  /** Adds an entry; a schema name or event type registered twice throws. */
  add(entry: RegistryEntry): void {
    const existing = this.bySchemaName.get(entry.schemaName);
    if (existing !== undefined && existing !== entry) {
      throw new Error(`schema name ${entry.schemaName} is registered twice in contract ${this.version}`);
    }
    this.bySchemaName.set(entry.schemaName, entry);
    if (entry.kind === 'model' && entry.eventType !== null) {
      if (this.byEventType.has(entry.eventType)) throw new Error(`event type ${entry.eventType} is registered twice in contract ${this.version}`);
      this.byEventType.set(entry.eventType, entry);
      if (!eventTypeNames.has(entry.eventType)) eventTypeNames.set(entry.eventType, entry.eventType);
    }
  }

  /** The model class for an event type, or undefined when the type is not registered. */
  classForEventType(eventType: string): ModelClass<object> | undefined {
    return this.byEventType.get(eventType)?.target;
  }

  entryForEventType(eventType: string): ModelSchemaEntry | undefined {
    return this.byEventType.get(eventType);
  }

  /** The entry for a schema name, or undefined. */
  entryForSchemaName(schemaName: string): RegistryEntry | undefined {
    return this.bySchemaName.get(schemaName);
  }

  /** All registered event types, sorted by code point (all are ASCII). */
  registeredEventTypes(): readonly string[] {
    return [...this.byEventType.keys()].sort(compareAscii);
  }

  /** All entries, sorted by schema name: the stable order schema generation uses. */
  registryEntries(): readonly RegistryEntry[] {
    return [...this.bySchemaName.values()].sort((a, b) => compareAscii(a.schemaName, b.schemaName));
  }
}

const registries = new Map<ContractVersion, ContractRegistry>(CONTRACT_VERSIONS.map((version) => [version, new ContractRegistry(version)]));

/** The registry of a contract version. */
export function registryFor(version: ContractVersion): ContractRegistry {
  const registry = registries.get(version);
  if (registry === undefined) throw new RangeError(`Unknown contract version: ${String(version)}. Known: ${CONTRACT_VERSIONS.join(', ')}`);
  return registry;
}

export interface SchemaModelOptions {
  /** The contract versions whose registry holds this class. */
  readonly contracts: readonly ContractVersion[];
  /** The class documentation text (the schema's `description`). */
  readonly description?: string;
}

export interface EventPayloadOptions extends SchemaModelOptions {
  /** False: the contract publishes no schema for this event type (default true). */
  readonly publishesSchema?: boolean;
}

function register(options: SchemaModelOptions, entry: RegistryEntry): void {
  for (const version of options.contracts) registryFor(version).add(entry);
}

/** Class decorator: a model with a published schema (e.g. `participant_identity`). */
export function SchemaModel(schemaName: string, options: SchemaModelOptions): ClassDecorator {
  return (target) => {
    if (options.description !== undefined) defineModelDescription(target, options.description);
    register(options, { kind: 'model', schemaName, eventType: null, target: target as unknown as ModelClass<object> });
  };
}

/** Class decorator: the payload model of an event type (e.g. `FocusChanged` / `focus_changed_payload`). */
export function EventPayload(eventType: string, schemaName: string, options: EventPayloadOptions): ClassDecorator {
  return (target) => {
    if (options.description !== undefined) defineModelDescription(target, options.description);
    const published = options.publishesSchema !== false;
    register(options, { kind: 'model', schemaName, eventType, target: target as unknown as ModelClass<object>, ...(published ? {} : { published }) });
  };
}

/** Registers a string enum with a published schema (e.g. `lane`) in the given contracts. */
export function registerEnumSchema(schemaName: string, descriptor: EnumDescriptor<string>, contracts: readonly ContractVersion[]): void {
  register({ contracts }, { kind: 'enum', schemaName, eventType: null, descriptor });
}
