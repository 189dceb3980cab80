/**
 * Schema generation from the registry (SCHEMAS_AND_CONFORMANCE.md §1). One document per
 * registered model and enum. A model's properties are walked by class-validator-jsonschema
 * (`targetConstructorToSchema`): every wire field carries a class-validator constraint
 * registered by its decorator (`ValidateBy`, constraint name = the field type's name,
 * `constraints[0]` = the field's `FieldSpec`), so one converter per constraint name renders
 * the field type's own JSON Schema fragment (`FieldType.schema(defs)`), nested models and
 * enums going to `$defs`. One post-processing step then turns the walk into the published
 * document: field order, `required`, defaults and annotations from the FieldSpecs, `$defs`,
 * and the draft 2020-12 envelope (`$schema`, `$id`, `title`, `description`).
 */
import { ValidationTypes, getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import { compareCodePoints, defineOwn } from '../conventions';
import { registryFor, type ContractVersion, type RegistryEntry } from '../registry';
import { enumDefinition } from '../validation/constraints/is-choice';
import { MODEL_PROPERTY } from '../validation/constraints/is-valid-model';
import { discriminatedUnionSchema, unionModelSpecOf, type UnionModelSpec } from '../validation/constraints/is-discriminated-union';
import type { JsonSchema, SchemaDefs } from '../validation/field-type';
import { fieldSchema, forbidsExtra, modelDescription, modelFields, modelNameOf, type FieldSpec, type ModelClass } from '../validation/model';
import { serializeSchema } from './serialize';

type WalkOptions = NonNullable<Parameters<typeof targetConstructorToSchema>[1]>;
type Converters = NonNullable<WalkOptions['additionalConverters']>;
type Converter = Extract<Converters[string], Function>;
type ConverterResult = ReturnType<Converter>;

/** The JSON Schema dialect of every published document. */
export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** `$id` prefix: `spec-kitty-events/<name>`. */
export const SCHEMA_ID_PREFIX = 'spec-kitty-events/';

/**
 * The 2.1.0 reference's generation order (§1.1 "Gen #"): the order files are written and
 * drift-checked. Registered names missing from a version's list follow, sorted by name.
 */
export const GENERATION_ORDER: readonly string[] = Object.freeze([
  'event',
  'status_transition_payload',
  'gate_passed_payload',
  'gate_failed_payload',
  'mission_started_payload',
  'mission_completed_payload',
  'mission_cancelled_payload',
  'phase_entered_payload',
  'review_rollback_payload',
  'participant_identity',
  'auth_principal_binding',
  'focus_target',
  'participant_invited_payload',
  'participant_joined_payload',
  'participant_left_payload',
  'presence_heartbeat_payload',
  'drive_intent_set_payload',
  'focus_changed_payload',
  'prompt_step_execution_started_payload',
  'prompt_step_execution_completed_payload',
  'concurrent_driver_warning_payload',
  'potential_step_collision_detected_payload',
  'warning_acknowledged_payload',
  'comment_posted_payload',
  'decision_captured_payload',
  'session_linked_payload',
  'lane',
  'sync_lane_v1',
]);

/**
 * The 6.1.0 reference generator's order (its `PYDANTIC_MODELS`, then `ENUM_TYPES`, then
 * `UNION_ADAPTERS`): all 110 published 6.1.0 schema names.
 */
export const GENERATION_ORDER_6_1_0: readonly string[] = Object.freeze([
  'event',
  'status_transition_payload',
  'gate_passed_payload',
  'gate_failed_payload',
  'mission_started_payload',
  'mission_created_payload',
  'mission_closed_payload',
  'mission_completed_payload',
  'mission_cancelled_payload',
  'phase_entered_payload',
  'review_rollback_payload',
  'project_initialized_payload',
  'specify_started_payload',
  'specify_completed_payload',
  'plan_started_payload',
  'plan_completed_payload',
  'tasks_started_payload',
  'tasks_completed_payload',
  'wp_created_payload',
  'participant_identity',
  'participant_external_refs',
  'auth_principal_binding',
  'focus_target',
  'participant_invited_payload',
  'participant_joined_payload',
  'participant_left_payload',
  'presence_heartbeat_payload',
  'drive_intent_set_payload',
  'focus_changed_payload',
  'prompt_step_execution_started_payload',
  'prompt_step_execution_completed_payload',
  'concurrent_driver_warning_payload',
  'potential_step_collision_detected_payload',
  'warning_acknowledged_payload',
  'comment_posted_payload',
  'decision_captured_payload',
  'session_linked_payload',
  'semantic_conflict_entry',
  'glossary_scope_activated_payload',
  'term_candidate_observed_payload',
  'glossary_sense_updated_payload',
  'glossary_strictness_set_payload',
  'semantic_check_evaluated_payload',
  'glossary_clarification_requested_payload',
  'glossary_clarification_resolved_payload',
  'generation_blocked_by_semantic_conflict_payload',
  'runtime_actor_identity',
  'mission_run_started_payload',
  'next_step_issued_payload',
  'next_step_auto_completed_payload',
  'decision_input_requested_payload',
  'decision_input_answered_payload',
  'mission_run_completed_payload',
  'token_usage_recorded_payload',
  'diff_summary_recorded_payload',
  'artifact_identity',
  'content_hash_ref',
  'provenance_ref',
  'local_namespace_tuple',
  'mission_dossier_artifact_indexed_payload',
  'mission_dossier_artifact_missing_payload',
  'mission_dossier_snapshot_computed_payload',
  'mission_dossier_parity_drift_detected_payload',
  'mission_audit_requested_payload',
  'mission_audit_started_payload',
  'mission_audit_decision_requested_payload',
  'mission_audit_completed_payload',
  'mission_audit_failed_payload',
  'cutover_artifact',
  'summary_block',
  'teamspace_ref',
  'default_channel_ref',
  'thread_ref',
  'closure_message_ref',
  'decision_point_widened_payload',
  'decision_point_overridden_payload',
  'connector_provisioned_payload',
  'connector_health_checked_payload',
  'connector_degraded_payload',
  'connector_revoked_payload',
  'connector_reconnected_payload',
  'user_connected_payload',
  'user_disconnected_payload',
  'user_connection_status',
  'sync_ingest_accepted_payload',
  'sync_ingest_rejected_payload',
  'sync_retry_scheduled_payload',
  'sync_dead_lettered_payload',
  'sync_replay_completed_payload',
  'external_reference_linked_payload',
  'profile_invocation_started_payload',
  'retrospective_actor_ref',
  'retrospective_mode_source_signal',
  'retrospective_mode',
  'retrospective_requested_payload',
  'retrospective_started_payload',
  'retrospective_lifecycle_completed_payload',
  'retrospective_lifecycle_skipped_payload',
  'retrospective_failed_payload',
  'retrospective_proposal_generated_payload',
  'retrospective_proposal_applied_payload',
  'retrospective_proposal_rejected_payload',
  'retrospective_completed_payload',
  'retrospective_skipped_payload',
  'lane',
  'sync_lane_v1',
  'sync_lane_v2',
  'decision_point_opened_payload',
  'decision_point_discussing_payload',
  'decision_point_resolved_payload',
]);

/** Each contract version's generation order (6.1.0: the reference generator's list). */
export const GENERATION_ORDERS: Readonly<Record<ContractVersion, readonly string[]>> = Object.freeze({
  '2.1.0': GENERATION_ORDER,
  '6.1.0': GENERATION_ORDER_6_1_0,
});

const GENERATION_RANKS = new Map(
  (Object.keys(GENERATION_ORDERS) as ContractVersion[]).map(
    (version) => [version, new Map(GENERATION_ORDERS[version].map((name, index) => [name, index] as const))] as const,
  ),
);

/** A generated schema: its registry name, file name and document. */
export interface GeneratedSchema {
  readonly name: string;
  readonly fileName: string;
  readonly document: JsonSchema;
}

/** `$defs` collected while one document is rendered (each definition built once). */
class DefsCollector implements SchemaDefs {
  private readonly defs = new Map<string, JsonSchema>();
  private readonly building = new Set<string>();

  ref(name: string, build: () => JsonSchema): JsonSchema {
    if (!this.defs.has(name) && !this.building.has(name)) {
      this.building.add(name);
      try {
        this.defs.set(name, build());
      } finally {
        this.building.delete(name);
      }
    }
    return { $ref: `#/$defs/${name}` };
  }

  toObject(): Record<string, JsonSchema> | null {
    if (this.defs.size === 0) return null;
    const out: Record<string, JsonSchema> = {};
    for (const [name, schema] of this.defs) defineOwn(out, name, schema);
    return out;
  }
}

function isFieldSpec(value: unknown): value is FieldSpec {
  return typeof value === 'object' && value !== null && 'type' in value && 'name' in value && 'required' in value;
}

/** class-validator-jsonschema's pointer prefix is set to ours, but normalise any stray form. */
function toDefsPointers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toDefsPointers);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const mapped = key === '$ref' && typeof inner === 'string' ? inner.replace(/^#\/definitions\//, '#/$defs/') : toDefsPointers(inner);
      defineOwn(out, key, mapped);
    }
    return out;
  }
  return value;
}

/**
 * The class walk: class-validator-jsonschema renders every property of `ctor` through our
 * converters. A converter answers only for the metadata of the field that is live on `ctor`
 * (a field a subclass redeclares leaves its parent's constraint behind; that one is skipped).
 */
function walkModel(ctor: ModelClass<object>, defs: SchemaDefs): Record<string, unknown> {
  const live = new Map<string, FieldSpec>(modelFields(ctor).map((field) => [field.name, field] as const));
  const convert = (meta: ValidationMetadata): ConverterResult => {
    const spec: unknown = meta.constraints?.[0];
    if (!isFieldSpec(spec) || live.get(meta.propertyName) !== spec) return undefined;
    return spec.type.schema(defs) as ConverterResult;
  };
  const additionalConverters: Converters = {
    [ValidationTypes.CUSTOM_VALIDATION]: convert,
  };
  for (const field of live.values()) additionalConverters[field.type.name] = convert;
  const walked = targetConstructorToSchema(ctor, {
    additionalConverters,
    classValidatorMetadataStorage: getMetadataStorage(),
    refPointerPrefix: '#/$defs/',
  }) as { properties?: Record<string, unknown> };
  return walked.properties ?? {};
}

/** The post-processing step: from the walked properties to the published document. */
function modelDocument(schemaName: string, ctor: ModelClass<object>): JsonSchema {
  const defs = new DefsCollector();
  const walked = walkModel(ctor, defs);
  const fields = modelFields(ctor);
  const className = modelNameOf(ctor);
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const field of fields) {
    if (!Object.prototype.hasOwnProperty.call(walked, field.name)) {
      throw new Error(`${className}.${field.name} has no class-validator constraint; declare it with a field decorator`);
    }
    defineOwn(properties, field.name, fieldSchema(field, toDefsPointers(walked[field.name]) as JsonSchema));
    if (field.required) required.push(field.name);
  }
  for (const name of Object.keys(walked)) {
    if (name === MODEL_PROPERTY) continue; // the class-level constraint (model rules), not a field
    if (!fields.some((field) => field.name === name)) {
      throw new Error(`${className}.${name} carries class-validator constraints but is not a wire field`);
    }
  }
  const description = modelDescription(ctor);
  const $defs = defs.toObject();
  return {
    $schema: SCHEMA_DIALECT,
    $id: SCHEMA_ID_PREFIX + schemaName,
    ...($defs === null ? {} : { $defs }),
    type: 'object',
    title: className,
    ...(description === undefined ? {} : { description }),
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(forbidsExtra(ctor) ? { additionalProperties: false } : {}),
  };
}

function entryDocument(entry: RegistryEntry): JsonSchema {
  if (entry.kind === 'enum') {
    return { $schema: SCHEMA_DIALECT, $id: SCHEMA_ID_PREFIX + entry.schemaName, ...enumDefinition(entry.descriptor) };
  }
  const union = unionModelSpecOf(entry.target);
  if (union !== undefined) return unionDocument(entry.schemaName, union);
  return modelDocument(entry.schemaName, entry.target);
}

/** A discriminated-union payload (the reference's TypeAdapter schemas): top-level oneOf + mapping. */
function unionDocument(schemaName: string, union: UnionModelSpec): JsonSchema {
  const defs = new DefsCollector();
  const body = discriminatedUnionSchema(union.discriminator, union.variants, defs);
  const $defs = defs.toObject();
  return { $schema: SCHEMA_DIALECT, $id: SCHEMA_ID_PREFIX + schemaName, ...($defs === null ? {} : { $defs }), ...body };
}

function generationOrdered(version: ContractVersion): RegistryEntry[] {
  const rank = GENERATION_RANKS.get(version)!;
  const last = GENERATION_ORDERS[version].length;
  const published = registryFor(version)
    .registryEntries()
    .filter((entry) => entry.kind === 'enum' || entry.published !== false);
  return published.sort((a, b) => {
    const ra = rank.get(a.schemaName) ?? last;
    const rb = rank.get(b.schemaName) ?? last;
    return ra !== rb ? ra - rb : compareCodePoints(a.schemaName, b.schemaName);
  });
}

/** A contract version's registered schema names in generation order. */
export function schemaNamesInGenerationOrder(version: ContractVersion): readonly string[] {
  return generationOrdered(version).map((entry) => entry.schemaName);
}

/** Generates the document for one schema name of a contract version (throws RangeError when unknown). */
export function generateSchema(schemaName: string, version: ContractVersion): JsonSchema {
  const entry = registryFor(version).entryForSchemaName(schemaName);
  if (entry === undefined) throw new RangeError(`No registered schema named ${JSON.stringify(schemaName)} in contract ${version}`);
  return entryDocument(entry);
}

/** Every registered schema of a contract version, in generation order. */
export function generateSchemas(version: ContractVersion): readonly GeneratedSchema[] {
  return generationOrdered(version).map((entry) => ({
    name: entry.schemaName,
    fileName: `${entry.schemaName}.schema.json`,
    document: entryDocument(entry),
  }));
}

/** Every registered schema's file text (deterministic) of a contract version, in generation order. */
export function generateSchemaTexts(version: ContractVersion): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  for (const schema of generateSchemas(version)) texts.set(schema.fileName, serializeSchema(schema.document));
  return texts;
}
