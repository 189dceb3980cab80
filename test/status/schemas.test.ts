/**
 * The generated 6.1.0 schemas of the status and gates areas equal the reference's files
 * (copied to test/reference/6.1.0/schemas/): same JSON and same text.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import '../../src/all-models';
import { generateSchemaTexts } from '../../src/schemas/generate';

const NAMES = ['status_transition_payload', 'lane', 'sync_lane_v1', 'sync_lane_v2', 'gate_passed_payload', 'gate_failed_payload'];

describe('6.1.0 status and gates schemas', () => {
  const texts = generateSchemaTexts('6.1.0');
  it.each(NAMES)('%s is the reference file', (name) => {
    const reference = readFileSync(join(__dirname, '..', 'reference', '6.1.0', 'schemas', `${name}.schema.json`), 'utf8');
    const generated = texts.get(`${name}.schema.json`);
    expect(generated).toBeDefined();
    expect(JSON.parse(generated!)).toEqual(JSON.parse(reference));
    expect(generated).toBe(reference);
  });

  it('forbids unknown keys on the transition payload only (additionalProperties: false)', () => {
    const doc = JSON.parse(texts.get('status_transition_payload.schema.json')!) as Record<string, unknown>;
    expect(doc['additionalProperties']).toBe(false);
    const defs = doc['$defs'] as Record<string, Record<string, unknown>>;
    expect(defs['DoneEvidence']!['additionalProperties']).toBeUndefined();
  });
});
