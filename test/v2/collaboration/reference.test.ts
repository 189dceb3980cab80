/**
 * Our collaboration models against the reference artefacts in test/reference (schemas) and the shipped fixtures: the
 * generated JSON Schemas equal the reference files exactly, and the reference collaboration
 * fixtures validate (or fail) as the manifest says.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import '../../../src/v2';
import { classForEventType } from '../../../src/v2/registry';
import { generateSchema } from '../../../src/schemas';

const REFERENCE = path.resolve(__dirname, '..', '..', 'reference');
const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'src', 'v2', 'conformance', 'fixtures');

const SCHEMA_NAMES = [
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
];

interface ManifestEntry {
  id: string;
  path: string;
  expected_result: string;
  event_type: string;
}

describe('collaboration models vs the reference', () => {
  it.each(SCHEMA_NAMES.map((name) => [name]))('%s: the generated schema equals the reference file', (name) => {
    const reference = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'schemas', `${name}.schema.json`), 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(generateSchema(name, '2.1.0')))).toEqual(reference);
  });

  const manifest = (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'manifest.json'), 'utf8')) as { fixtures: ManifestEntry[] }).fixtures;
  const collaboration = manifest.filter((entry) => entry.path.startsWith('collaboration/'));

  it('the manifest lists collaboration fixtures', () => {
    expect(collaboration.length).toBeGreaterThan(0);
  });

  it.each(collaboration.map((entry) => [entry.id, entry] as const))('%s validates as the manifest says', (_id, entry) => {
    const cls = classForEventType(entry.event_type) as unknown as { safeFromDict(data: unknown): { ok: boolean } };
    expect(cls).toBeDefined();
    const payload = JSON.parse(fs.readFileSync(path.join(FIXTURES, entry.path), 'utf8')) as unknown;
    expect(cls.safeFromDict(payload).ok).toBe(entry.expected_result === 'valid');
  });
});
