/** The public face of `spec-kitty-events/conformance` at 6.1.0 (API-6.1.0.md, the /conformance row). */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as conformance from '../../src/conformance';
import * as v2 from '../../src/v2/conformance';

describe('spec-kitty-events/conformance (6.1.0)', () => {
  it('exports exactly the API-6.1.0.md names', () => {
    expect(Object.keys(conformance).sort()).toEqual(
      [
        'ConformanceResult',
        'FixtureCase',
        'ModelViolation',
        'SchemaViolation',
        'TimestampSubstitutionError',
        'assertLaneMapping',
        'assertPayloadConforms',
        'assertPayloadFails',
        'assertProducerOccurrencePreserved',
        'loadFixtures',
        'loadReplayStream',
        'loadTimestampSemanticsFixture',
        'validateEvent',
      ].sort(),
    );
  });

  it('shares the result classes and FixtureCase with /v2/conformance, not its validator', () => {
    expect(conformance.ConformanceResult).toBe(v2.ConformanceResult);
    expect(conformance.FixtureCase).toBe(v2.FixtureCase);
    expect(conformance.validateEvent).not.toBe(v2.validateEvent);
  });

  it('the 6.1.0 lanes map as the reference says (genesis, approved, in_review)', () => {
    expect(() => conformance.assertLaneMapping('genesis', 'planned')).not.toThrow();
    expect(() => conformance.assertLaneMapping('approved', 'done')).not.toThrow();
    expect(() => conformance.assertLaneMapping('paused', 'planned')).toThrow(new RangeError("'paused' is not a valid Lane"));
    expect(() => v2.assertLaneMapping('genesis', 'planned')).toThrow(RangeError);
  });

  it('assertPayloadConforms / assertPayloadFails use the 6.1.0 rules (a 2.1.0 envelope fails the cutover gate)', () => {
    const envelope = {
      event_id: '01JMXXXXXXXXXXXXXXXXXXXXXX', event_type: 'TestEvent', aggregate_id: 'a', payload: {}, timestamp: '2026-01-15T10:00:00Z',
      build_id: 'b', node_id: 'n', lamport_clock: 1, project_uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', correlation_id: '01JMYYYYYYYYYYYYYYYYYYYYYY',
      schema_version: '3.0.0',
    };
    expect(conformance.assertPayloadConforms(envelope, 'Event').valid).toBe(true);
    const old = { ...envelope, schema_version: '2.1.0' };
    const failed = conformance.assertPayloadFails(old, 'Event');
    expect(failed.modelViolations[0]!.violationType).toBe('cutover_policy');
    expect(() => conformance.assertPayloadConforms(old, 'Event')).toThrow(
      "Payload for 'Event' failed conformance:\n  Model: schema_version \u2014 unsupported cutover major version in 'schema_version': '2.1.0'",
    );
  });

  const DIST_ENTRY = path.resolve(__dirname, '..', '..', 'dist', 'conformance', 'index.js');
  (fs.existsSync(DIST_ENTRY) ? it : it.skip)('the built entry point fills the 6.1.0 registry and finds its fixtures and schemas from any cwd', () => {
    const script = `
      const c = require(${JSON.stringify(DIST_ENTRY)});
      const bad = c.validateEvent({ schema_version: '2.1.0' }, 'Event');
      process.stdout.write(JSON.stringify({
        gate: bad.modelViolations[0].violationType,
        events: c.loadFixtures('events').length,
        stream: c.loadReplayStream('wp-review-rejection-cycle-replay').length,
        ts: c.loadTimestampSemanticsFixture('old_producer_recent_receipt', { expectation: 'valid' }).expectation,
      }));
    `;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: '/', encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ gate: 'cutover_policy', events: conformance.loadFixtures('events').length, stream: 11, ts: 'valid' });
  });
});

/**
 * Issue 10 item 5: the load path of both conformance entry points reads no file. The schemas
 * come as ajv standalone code compiled at build time (src/generated/, scripts/build-modules.ts),
 * the fixture trees and schema texts as modules; verdicts and messages are those of the schema
 * folder compiled at run time.
 */
describe('bundle-ready load path: compiled schemas, fixture and schema modules', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { staleModules } = require('../../scripts/build-modules') as typeof import('../../scripts/build-modules');
  const layer = jest.requireActual<typeof import('../../src/schemas/schema-layer')>('../../src/schemas/schema-layer');
  const lookup = jest.requireActual<typeof import('../../src/schemas/lookup')>('../../src/schemas/lookup');
  const fixtures6 = jest.requireActual<typeof import('../../src/conformance/fixtures')>('../../src/conformance/fixtures');
  const fixtures2 = jest.requireActual<typeof import('../../src/v2/conformance/fixtures')>('../../src/v2/conformance/fixtures');
  const VERSIONS = ['6.1.0', '2.1.0'] as const;

  function filesUnder(root: string, rel = ''): string[] {
    const out: string[] = [];
    for (const name of fs.readdirSync(path.join(root, rel)).sort()) {
      const relPath = rel === '' ? name : `${rel}/${name}`;
      if (fs.statSync(path.join(root, relPath)).isDirectory()) out.push(...filesUnder(root, relPath));
      else if (/\.jsonl?$/.test(name)) out.push(relPath);
    }
    return out;
  }

  it('the generated modules are up to date with schemas/, schemas/v2/ and the fixture folders', () => {
    expect(staleModules()).toEqual([]);
  });

  it.each(VERSIONS)('%s: one compiled validator per schema file present (no list of names)', (version) => {
    expect(layer.compiledSchemaNames(version)).toEqual(lookup.listSchemas(lookup.schemaDirFor(version)));
    expect(lookup.schemaNames(version)).toEqual(lookup.listSchemas(lookup.schemaDirFor(version)));
  });

  it.each(VERSIONS)('%s: compiled validators give the run-time compiled verdicts and messages on every fixture, for every schema', (version) => {
    const dir = lookup.schemaDirFor(version);
    const tree = version === '6.1.0' ? fixtures6 : fixtures2;
    const payloads = tree.FIXTURE_CATEGORIES.flatMap((category) => tree.loadFixtures(category).map((c) => c.payload));
    payloads.push({}, null, 'x', [], { event_id: 7 });
    let violations = 0;
    for (const name of layer.compiledSchemaNames(version)) {
      const compiled = layer.compiledValidator(name, version);
      const runtime = layer.schemaValidator(name, dir);
      expect(compiled).not.toBe(runtime);
      for (const payload of payloads) {
        const a = compiled(payload) ? [] : layer.mapSchemaErrors(compiled.errors ?? [], payload);
        const b = runtime(payload) ? [] : layer.mapSchemaErrors(runtime.errors ?? [], payload);
        expect(a).toEqual(b);
        violations += a.length;
      }
    }
    expect(violations).toBeGreaterThan(1000);
  });

  it('an unknown compiled schema name throws the lookup message (code ENOENT)', () => {
    expect(() => layer.compiledValidator('nope', '6.1.0')).toThrow(/^No schema found for 'nope'\. Available: \[('[a-z0-9_]+', )*'cutover_artifact', /);
    expect(() => layer.compiledValidator('nope', '2.1.0')).toThrow(/^No schema found for 'nope'\. Available: \['auth_principal_binding', /);
    expect(() => lookup.getSchema('toString')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it.each(VERSIONS)('%s: getSchema returns a fresh parse of each published file', (version) => {
    const dir = lookup.schemaDirFor(version);
    for (const name of lookup.listSchemas(dir)) expect(lookup.getSchema(name, version)).toEqual(lookup.loadSchema(name, dir));
    const first = lookup.getSchema('event', version);
    first['$id'] = 'changed';
    expect(lookup.getSchema('event', version)['$id']).not.toBe('changed');
  });

  it.each([
    ['6.1.0', fixtures6],
    ['2.1.0', fixtures2],
  ] as const)('%s: the shipped fixture module holds every file of the folder, byte for byte', (_version, tree) => {
    const files = filesUnder(tree.FIXTURES_DIR);
    expect(files.length).toBeGreaterThan(40);
    for (const rel of files) expect([rel, tree.PACKAGE_FIXTURES.read(rel)]).toEqual([rel, fs.readFileSync(path.join(tree.FIXTURES_DIR, rel), 'utf8')]);
    expect(tree.PACKAGE_FIXTURES.read('no/such.json')).toBeUndefined();
    expect(tree.readManifest()).toEqual(tree.readManifest(tree.FIXTURES_DIR));
  });

  it('validateEvent, loadFixtures, loadReplayStream, loadScenarios and getSchema read no file', () => {
    const blocked = (): never => {
      throw new Error('file system read on the bundled path');
    };
    const run = (): void => {
      expect(conformance.validateEvent({}, 'GatePassed').schemaViolations.length).toBeGreaterThan(0);
      expect(v2.validateEvent({}, 'FocusChanged').schemaViolations.length).toBeGreaterThan(0);
      expect(conformance.loadFixtures('events').length).toBeGreaterThan(0);
      expect(conformance.loadReplayStream('wp-review-rejection-cycle-replay')).toHaveLength(11);
      expect(conformance.loadTimestampSemanticsFixture('old_producer_recent_receipt', { expectation: 'valid' })['expectation']).toBe('valid');
      expect(v2.loadFixtures('events').length).toBeGreaterThan(0);
      expect(v2.loadScenarios().length).toBeGreaterThan(0);
      expect(lookup.getSchema('lane', '2.1.0')['$id']).toBe('spec-kitty-events/lane');
    };
    // Loading modules reads files (jest's loader); once loaded, nothing does.
    run();
    // The module object itself (this file's `fs` is an import namespace copy).
    const nodeFs = jest.requireActual<typeof import('node:fs')>('node:fs');
    const spies = (['readFileSync', 'existsSync', 'readdirSync', 'statSync', 'openSync'] as const).map((name) => jest.spyOn(nodeFs, name).mockImplementation(blocked));
    try {
      run();
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('the built package: cold path and browser bundle', () => {
  const DIST = path.resolve(__dirname, '..', '..', 'dist');
  const built = fs.existsSync(path.join(DIST, 'generated', 'schema-validators-6.1.0.js'));

  (built ? it : it.skip)('a cold process validates with the build-time validators: ajv compiler never loaded', () => {
    const script = `
      const c = require(${JSON.stringify(path.join(DIST, 'conformance', 'index.js'))});
      const v = require(${JSON.stringify(path.join(DIST, 'v2', 'conformance', 'index.js'))});
      const a = c.validateEvent({}, 'Event').schemaViolations.length;
      const b = v.validateEvent({}, 'FocusChanged').schemaViolations.length;
      const loaded = Object.keys(require.cache).filter((f) => /ajv[\\\\/]dist[\\\\/](compile|core|2020)/.test(f));
      process.stdout.write(JSON.stringify({ a: a > 0, b: b > 0, loaded }));
    `;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: '/', encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ a: true, b: true, loaded: [] });
  });

  (built ? it : it.skip)('an esbuild browser-platform bundle validates and loads fixtures in a bare vm context', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const entry = `
      const c = require(${JSON.stringify(path.join(DIST, 'conformance', 'index.js'))});
      const ok = c.loadFixtures('events').filter((f) => f.eventType === 'GatePassed').every((f) => c.validateEvent(f.payload, f.eventType).valid === f.expectedValid);
      globalThis.__result = { ok, violations: c.validateEvent({}, 'GatePassed').schemaViolations.length };
    `;
    const out = esbuild.buildSync({ stdin: { contents: entry, resolveDir: DIST }, bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vm = require('node:vm') as typeof import('node:vm');
    const context = vm.createContext({ console, TextEncoder, TextDecoder, URL });
    vm.runInContext(out.outputFiles[0]!.text, context);
    const result = vm.runInContext('globalThis.__result', context) as { ok: boolean; violations: number };
    expect(result).toEqual({ ok: true, violations: 7 });
  });
});
