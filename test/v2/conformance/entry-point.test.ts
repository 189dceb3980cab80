/** The public face of `spec-kitty-events/conformance` (API.md, conformance table). */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as conformance from '../../../src/v2/conformance';

const REPO = path.resolve(__dirname, '..', '..', '..');
const DIST_ENTRY = path.join(REPO, 'dist', 'v2', 'conformance', 'index.js');

describe('spec-kitty-events/conformance', () => {
  it('exports the API.md names (plus the typed scenario loader)', () => {
    expect(Object.keys(conformance).sort()).toEqual(
      [
        'ConformanceResult',
        'FixtureCase',
        'ModelViolation',
        'SchemaViolation',
        'assertLaneMapping',
        'assertPayloadConforms',
        'assertPayloadFails',
        'loadFixtures',
        'loadScenarios',
        'validateEvent',
      ].sort(),
    );
  });

  it('is wired in package.json exports', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { exports: Record<string, { default: string }>; files: string[] };
    expect(pkg.exports['./v2/conformance']!.default).toBe('./dist/v2/conformance/index.js');
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'schemas']));
  });

  (fs.existsSync(DIST_ENTRY) ? it : it.skip)('the built entry point fills the registry on its own and finds its fixtures and schemas from any cwd', () => {
    const script = `
      const c = require(${JSON.stringify(DIST_ENTRY)});
      const ok = c.validateEvent({ participant_id: 'p', mission_id: 'M', primary_session_id: 'a', linked_session_id: 'b', link_type: 'cli_to_saas' }, 'SessionLinked');
      const bad = c.validateEvent({ participant_id: 'p' }, 'SessionLinked');
      process.stdout.write(JSON.stringify({ ok: ok.valid, bad: bad.schemaViolations.length, events: c.loadFixtures('events').length }));
    `;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: '/', encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, bad: 4, events: 14 });
  });
});
