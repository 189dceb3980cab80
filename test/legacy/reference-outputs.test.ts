/**
 * The reference's two legacy_normalization fixtures (src/conformance/fixtures/legacy/),
 * replayed through LegacyEnvelopeNormalizer; a normalised canonical envelope validates at 6.1.0.
 */
import 'reflect-metadata';
import * as fs from 'fs';
import * as path from 'path';
import { LegacyEnvelopeNormalizer, NormalizedEnvelope, UnnormalizableLegacyDiagnostic } from '../../src/legacy';
import { Event } from '../../src';

const FIXTURES = path.join(__dirname, '..', '..', 'src', 'conformance', 'fixtures');
interface Entry { readonly id: string; readonly path: string; readonly fixture_type: string; readonly expected_result: string }
const manifest = (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'manifest.json'), 'utf8')) as { fixtures: Entry[] }).fixtures;
const entries = manifest.filter((e) => e.fixture_type === 'legacy_normalization');

test('the manifest lists the two legacy fixtures', () => {
  expect(entries.map((e) => e.id).sort()).toEqual(['legacy-envelope-v1-pre30-normalizes', 'legacy-envelope-v1-unrecognized-diagnostic']);
});

test.each(entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
  const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, entry.path), 'utf8')) as Record<string, unknown>;
  const input = fixture['input'] as Record<string, unknown>;
  const result = new LegacyEnvelopeNormalizer().normalize(input);
  expect(result.raw).toEqual(input);
  if (fixture['expected'] === 'normalized') {
    expect(entry.expected_result).toBe('valid');
    expect(result).toBeInstanceOf(NormalizedEnvelope);
    const n = result as NormalizedEnvelope;
    expect(n.legacy_shape).toBe(fixture['legacy_shape']);
    expect(n.canonical['schema_version']).toBe('3.0.0');
    expect(n.canonical['correlation_id']).toBe(input['event_id']);
    expect(n.canonical['project_uuid']).toBe('873c0327-5327-51c6-8a98-2b924f75ddf6');
    expect(Event.fromDict(n.canonical).project_uuid).toBe('873c0327-5327-51c6-8a98-2b924f75ddf6');
  } else {
    expect(entry.expected_result).toBe('invalid');
    expect(result).toBeInstanceOf(UnnormalizableLegacyDiagnostic);
    expect((result as UnnormalizableLegacyDiagnostic).reason).toBe(fixture['expected_reason']);
  }
});
