/** Schema generation from the registry (SCHEMAS_AND_CONFORMANCE.md §1.1–§1.9, §1.11, §5). */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import '../../../src/v2/all-models';
import { registryEntries } from '../../../src/v2/registry';
import {
  GENERATION_ORDER,
  generateSchema,
  generateSchemas,
  generateSchemaTexts,
  listSchemas,
  loadSchema,
  schemaNameOfFile,
  schemaNamesInGenerationOrder,
  schemaPath,
  schemaDirFor,
  serializeSchema,
} from '../../../src/schemas';
import type { JsonSchema, SchemaDefs } from '../../../src/validation/field-type';
import { fieldTitle, modelFields, modelSchema } from '../../../src/validation/model';

const V2_SCHEMA_DIR = schemaDirFor('2.1.0');

const REFERENCE = path.resolve(__dirname, '..', '..', 'reference', 'schemas');

const SORTED_NAMES =
  'auth_principal_binding, comment_posted_payload, concurrent_driver_warning_payload, decision_captured_payload, ' +
  'drive_intent_set_payload, event, focus_changed_payload, focus_target, gate_failed_payload, gate_passed_payload, lane, ' +
  'mission_cancelled_payload, mission_completed_payload, mission_started_payload, participant_identity, ' +
  'participant_invited_payload, participant_joined_payload, participant_left_payload, phase_entered_payload, ' +
  'potential_step_collision_detected_payload, presence_heartbeat_payload, prompt_step_execution_completed_payload, ' +
  'prompt_step_execution_started_payload, review_rollback_payload, session_linked_payload, status_transition_payload, ' +
  'sync_lane_v1, warning_acknowledged_payload';

/** §1.1 `$defs` column. */
const DEFS: Record<string, string[]> = {
  status_transition_payload: ['DoneEvidence', 'ExecutionMode', 'Lane', 'RepoEvidence', 'ReviewVerdict', 'VerificationEntry'],
  participant_invited_payload: ['ParticipantIdentity'],
  participant_joined_payload: ['ParticipantIdentity'],
  focus_changed_payload: ['FocusTarget'],
  concurrent_driver_warning_payload: ['FocusTarget'],
};

const ANNOTATIONS = new Set(['title', 'description', 'default', '$comment', 'examples']);

function stripAnnotations(value: unknown, parentKey = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => stripAnnotations(item));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      // Inside `properties` / `$defs` the keys are names, not keywords.
      if (parentKey !== 'properties' && parentKey !== '$defs' && ANNOTATIONS.has(key)) continue;
      out[key] = stripAnnotations(inner, key);
    }
    return out;
  }
  return value;
}

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit));
  else if (typeof value === 'object' && value !== null) {
    visit(value as Record<string, unknown>);
    Object.values(value).forEach((inner) => walk(inner, visit));
  }
}

describe('the 28 schema names', () => {
  it('registers exactly the 28 names of §1.1', () => {
    expect(registryEntries().map((entry) => entry.schemaName).join(', ')).toBe(SORTED_NAMES);
  });

  it('generates in the reference order: 26 models, then the 2 enums', () => {
    expect(schemaNamesInGenerationOrder('2.1.0')).toEqual(GENERATION_ORDER);
    expect(generateSchemas('2.1.0').map((schema) => schema.fileName)).toEqual(GENERATION_ORDER.map((name) => `${name}.schema.json`));
  });

  it('lists the committed files by sorted name', () => {
    expect(listSchemas(V2_SCHEMA_DIR).join(', ')).toBe(SORTED_NAMES);
    expect(listSchemas(path.join(V2_SCHEMA_DIR, 'does-not-exist'))).toEqual([]);
  });
});

describe('generated documents', () => {
  const schemas = generateSchemas('2.1.0');

  it.each(schemas.map((schema) => [schema.name, schema] as const))('%s has the draft 2020-12 envelope', (name, schema) => {
    const doc = schema.document;
    expect(doc['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc['$id']).toBe(`spec-kitty-events/${name}`);
    const entry = registryEntries().find((e) => e.schemaName === name)!;
    if (entry.kind === 'enum') {
      expect(doc['type']).toBe('string');
      expect(doc['enum']).toEqual(entry.descriptor.values);
      expect(doc['title']).toBe(entry.descriptor.name);
      return;
    }
    expect(doc['type']).toBe('object');
    expect(doc['title']).toBe(entry.target.name);
    expect(typeof doc['description']).toBe('string');
    const fields = modelFields(entry.target);
    expect(Object.keys(doc['properties'] as object)).toEqual(fields.map((f) => f.name));
    expect(doc['required']).toEqual(fields.filter((f) => f.required).map((f) => f.name));
    expect(Object.keys((doc['$defs'] as object | undefined) ?? {}).sort()).toEqual(DEFS[name] ?? []);
    walk(doc, (node) => {
      expect(node['additionalProperties']).not.toBe(false);
      if (typeof node['$ref'] === 'string') expect(node['$ref']).toMatch(/^#\/\$defs\/[A-Za-z]+$/);
    });
  });

  it('puts the $schema and $id at the top level only', () => {
    for (const { document } of schemas) {
      let count = 0;
      walk(document, (node) => {
        if ('$schema' in node || '$id' in node) count++;
      });
      expect(count).toBe(1);
    }
  });

  it('writes nullable fields as anyOf [T, null] with default null, static defaults as annotations', () => {
    const event = generateSchema('event', '2.1.0') as Record<string, Record<string, Record<string, unknown>>>;
    expect(event['properties']!['causation_id']).toEqual({
      anyOf: [{ type: 'string', minLength: 26, maxLength: 26 }, { type: 'null' }],
      default: null,
      title: 'Causation Id',
      description: 'Event ID of the parent event (None for root events)',
    });
    expect(event['properties']!['schema_version']!['default']).toBe('1.0.0');
    expect(event['properties']!['data_tier']!['default']).toBe(0);
    expect('default' in event['properties']!['payload']!).toBe(false);
    expect(event['properties']!['payload']!['additionalProperties']).toBe(true);
  });

  it('agrees with the model mechanism: the class-validator walk gives modelSchema\'s properties', () => {
    for (const entry of registryEntries()) {
      if (entry.kind !== 'model') continue;
      const defs = new Map<string, JsonSchema>();
      const collector: SchemaDefs = {
        ref(name, build) {
          if (!defs.has(name)) {
            defs.set(name, {});
            defs.set(name, build());
          }
          return { $ref: `#/$defs/${name}` };
        },
      };
      const direct = modelSchema(entry.target, collector);
      const generated = generateSchema(entry.schemaName, '2.1.0');
      expect(generated['properties']).toEqual(direct['properties']);
      expect(generated['required']).toEqual(direct['required']);
      expect(generated['$defs'] ?? {}).toEqual(Object.fromEntries(defs));
    }
  });

  it('titles fields the way pydantic does', () => {
    expect(fieldTitle('check_run_id')).toBe('Check Run Id');
    expect(fieldTitle('wp_id')).toBe('Wp Id');
    expect(fieldTitle('v1abc_x')).toBe('V1Abc X');
    expect(fieldTitle('sync_lane_v1')).toBe('Sync Lane V1');
  });

  it('matches the reference files keyword for keyword once annotations are set aside', () => {
    for (const { fileName, document } of schemas) {
      const reference = JSON.parse(fs.readFileSync(path.join(REFERENCE, fileName), 'utf8')) as unknown;
      expect(stripAnnotations(document)).toEqual(stripAnnotations(reference));
    }
  });
});

describe('deterministic serialisation (§1.9)', () => {
  it('is stable, sorted, ASCII, two-space indented, with one trailing newline', () => {
    const first = generateSchemaTexts('2.1.0');
    const second = generateSchemaTexts('2.1.0');
    expect([...first]).toEqual([...second]);
    for (const text of first.values()) {
      expect(text.endsWith('}\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
      expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
      expect(serializeSchema(JSON.parse(text))).toBe(text);
      expect(text.startsWith('{\n  "')).toBe(true);
    }
  });

  it('escapes non-ASCII as lower-case \\uXXXX and sorts keys by code point', () => {
    const value = JSON.parse('{"b": "caf\u00e9 \ud83d\ude00", "a": [], "Z": {}, "10": 1, "2": [1, "\\n\\t"], "__proto__": null, "$defs": true}') as unknown;
    expect(serializeSchema(value)).toBe(
      '{\n  "$defs": true,\n  "10": 1,\n  "2": [\n    1,\n    "\\n\\t"\n  ],\n  "Z": {},\n  "__proto__": null,\n  "a": [],\n  "b": "caf\\u00e9 \\ud83d\\ude00"\n}\n',
    );
  });

  it('refuses values JSON cannot express', () => {
    expect(() => serializeSchema({ a: Number.NaN })).toThrow(TypeError);
    expect(() => serializeSchema({ a: undefined })).toThrow(TypeError);
  });
});

describe('schema lookups (§1.11)', () => {
  it('loads and locates committed schemas by name', () => {
    const event = loadSchema('event', V2_SCHEMA_DIR);
    expect(event['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(event['$id']).toBe('spec-kitty-events/event');
    expect(schemaPath('lane', V2_SCHEMA_DIR)).toBe(path.join(V2_SCHEMA_DIR, 'lane.schema.json'));
    for (const name of listSchemas(V2_SCHEMA_DIR)) {
      const doc = loadSchema(name, V2_SCHEMA_DIR);
      expect(typeof doc === 'object' && doc !== null && !Array.isArray(doc)).toBe(true);
      expect('$schema' in doc && '$id' in doc).toBe(true);
    }
  });

  it('fails for unknown names with the reference message', () => {
    const available = `[${SORTED_NAMES.split(', ').map((n) => `'${n}'`).join(', ')}]`;
    expect(() => loadSchema('nonexistent', V2_SCHEMA_DIR)).toThrow(`No schema found for 'nonexistent'. Available: ${available}`);
    expect(() => schemaPath("it's", V2_SCHEMA_DIR)).toThrow(`No schema found for 'it's'. Available: ${available}`);
    expect(() => schemaPath('../schemas/event', V2_SCHEMA_DIR)).toThrow(/^No schema found for '\.\.\/schemas\/event'/);
    try {
      loadSchema('nonexistent', V2_SCHEMA_DIR);
    } catch (error) {
      expect((error as { code?: string }).code).toBe('ENOENT');
    }
  });

  it('names a file by removing .json and every .schema', () => {
    expect(schemaNameOfFile('event.schema.json')).toBe('event');
    expect(schemaNameOfFile('a.schema.b.schema.json')).toBe('a.b');
  });
});
