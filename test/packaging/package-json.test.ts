/**
 * Packaging facts that need no network (issue 10 items 2, 3, 9). The packed-tarball checks
 * (attw, fresh consumers, NestJS app, second copy) are scripts/consumers.sh, run by CI.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..');
const DIST = path.join(REPO, 'dist');

interface Pkg {
  license: string;
  repository?: { url?: string };
  homepage?: string;
  keywords?: string[];
  files: string[];
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  exports: Record<string, { types: string; default: string } | string>;
  typesVersions: Record<string, Record<string, string[]>>;
}

const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Pkg;
const PEERS = ['class-transformer', 'class-validator', 'reflect-metadata'];

function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, suffix));
    else if (entry.name.endsWith(suffix)) out.push(full);
  }
  return out;
}

describe('dependencies', () => {
  it('class-transformer, class-validator and reflect-metadata are peer (and dev) dependencies only', () => {
    for (const name of PEERS) {
      expect({ name, peer: pkg.peerDependencies[name] !== undefined, dev: pkg.devDependencies[name] !== undefined, dep: pkg.dependencies?.[name] }).toEqual({
        name,
        peer: true,
        dev: true,
        dep: undefined,
      });
    }
  });

  it('class-validator-jsonschema is a build (dev) dependency only', () => {
    expect(pkg.devDependencies['class-validator-jsonschema']).toBeDefined();
    expect(pkg.dependencies?.['class-validator-jsonschema']).toBeUndefined();
    expect(pkg.peerDependencies['class-validator-jsonschema']).toBeUndefined();
  });

  (fs.existsSync(DIST) ? it : it.skip)('nothing in dist/ loads class-validator-jsonschema, and every entry point loads without it', () => {
    const offenders = filesUnder(DIST, '.js').filter((file) => fs.readFileSync(file, 'utf8').includes('class-validator-jsonschema'));
    expect(offenders.map((file) => path.relative(REPO, file))).toEqual([]);
    const entries = Object.values(pkg.exports)
      .filter((target): target is { types: string; default: string } => typeof target !== 'string')
      .map((target) => path.join(REPO, target.default))
      .filter((file) => fs.existsSync(file));
    const script = `
      const Module = require('module');
      const load = Module._load;
      Module._load = function (request, ...rest) {
        if (request === 'class-validator-jsonschema') throw new Error('class-validator-jsonschema loaded at run time');
        return load.call(this, request, ...rest);
      };
      for (const file of ${JSON.stringify(entries)}) require(file);
      process.stdout.write(String(${entries.length}));
    `;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(String(entries.length));
  });
});

describe('entry points', () => {
  const subpaths = Object.entries(pkg.exports).filter((pair): pair is [string, { types: string; default: string }] => typeof pair[1] !== 'string');

  it('root, /conformance, /v2 and /v2/conformance, each with types first', () => {
    expect(subpaths.map(([key]) => key)).toEqual(['.', './conformance', './v2', './v2/conformance']);
    for (const [key, target] of subpaths) {
      expect({ key, conditions: Object.keys(target) }).toEqual({ key, conditions: ['types', 'default'] });
      expect(target.types.replace(/\.d\.ts$/, '.js')).toBe(target.default);
    }
  });

  it('typesVersions gives node10 resolution the same declarations for every subpath', () => {
    const map = pkg.typesVersions['*']!;
    for (const [key, target] of subpaths) {
      if (key === '.') continue;
      expect({ key, paths: map[key.slice(2)] }).toEqual({ key, paths: [target.types] });
    }
    expect(Object.keys(map)).toHaveLength(subpaths.length - 1);
  });
});

describe('published files', () => {
  it('builds before packing, ships a LICENSE that matches the license field, and names its sources', () => {
    expect(pkg.scripts['prepack']).toBe('npm run build');
    expect(pkg.license).toBe('MIT');
    expect(fs.readFileSync(path.join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'schemas', 'LICENSE', 'README.md']));
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.keywords?.length).toBeGreaterThan(0);
  });

  (fs.existsSync(DIST) ? it : it.skip)('every source map carries its sources (sourcesContent), so it resolves without src/', () => {
    const maps = filesUnder(DIST, '.js.map');
    expect(maps.length).toBeGreaterThan(10);
    const incomplete = maps.filter((file) => {
      const map = JSON.parse(fs.readFileSync(file, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      return map.sourcesContent === undefined || map.sourcesContent.length !== map.sources.length || map.sourcesContent.some((s) => typeof s !== 'string');
    });
    expect(incomplete.map((file) => path.relative(REPO, file))).toEqual([]);
  });

  it('README and sources never point at files users do not have (../shared/...)', () => {
    const texts = [path.join(REPO, 'README.md'), ...filesUnder(path.join(REPO, 'src'), '.ts')];
    const offenders = texts.filter((file) => /\.\.\/shared\/|\/work\/shared/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(REPO, file))).toEqual([]);
  });
});

describe('published schemas, bundlers and docs (issue 10 items 5, 9, 10)', () => {
  const raw = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { browser: Record<string, string | false>; exports: Record<string, unknown> };

  it('exports spec-kitty-events/schemas/*.json (6.1.0 and v2/), resolvable by the package name', () => {
    expect(raw.exports['./schemas/*.json']).toBe('./schemas/*.json');
    const script = `
      const a = require('spec-kitty-events/schemas/event.schema.json');
      const b = require('spec-kitty-events/schemas/v2/lane.schema.json');
      let blocked = 'no';
      try { require.resolve('spec-kitty-events/dist/index.js'); } catch (e) { blocked = e.code; }
      process.stdout.write(JSON.stringify([a.$id, b.$id, blocked]));
    `;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['spec-kitty-events/event', 'spec-kitty-events/lane', 'ERR_PACKAGE_PATH_NOT_EXPORTED']);
  });

  it('browser: node built-ins the conformance path imports are mapped away, node:assert to a shipped module', () => {
    expect(raw.browser).toEqual({
      'node:fs': false,
      'node:path': false,
      fs: false,
      path: false,
      'node:assert': './dist/conformance/browser-assert.js',
      assert: './dist/conformance/browser-assert.js',
    });
    expect(fs.existsSync(path.join(REPO, 'src', 'conformance', 'browser-assert.ts'))).toBe(true);
  });

  it('the build compiles the schemas to modules before tsc; npm run docs runs typedoc, its output git-ignored', () => {
    expect(pkg.scripts['build']).toMatch(/npm run build:modules && tsc -p tsconfig\.build\.json/);
    expect(pkg.scripts['docs']).toBe('npm run build:modules && typedoc');
    expect(pkg.devDependencies['typedoc']).toBeDefined();
    const ignore = fs.readFileSync(path.join(REPO, '.gitignore'), 'utf8').split('\n');
    expect(ignore).toEqual(expect.arrayContaining(['/docs/api/', '/src/generated/']));
    const typedoc = JSON.parse(fs.readFileSync(path.join(REPO, 'typedoc.json'), 'utf8')) as { entryPoints: string[]; out: string };
    expect(typedoc.entryPoints).toEqual(['src/index.ts', 'src/conformance/index.ts', 'src/v2/index.ts', 'src/v2/conformance/index.ts']);
    expect(typedoc.out).toBe('docs/api');
  });

  it('docs never point at files users do not have (../shared/...)', () => {
    const docs = filesUnder(path.join(REPO, 'docs'), '.md');
    expect(docs.length).toBeGreaterThan(1);
    const offenders = docs.filter((file) => /\.\.\/shared\/|\/work\/shared/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(REPO, file))).toEqual([]);
  });

  it('docs/NESTJS.md: a controller block for scripts/consumers.sh, 400 for unknown event types, 200 with the verdict', () => {
    const guide = fs.readFileSync(path.join(REPO, 'docs', 'NESTJS.md'), 'utf8');
    const block = /<!-- nestjs-guide:controller -->\s*```ts\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    expect(block).toMatch(/payloadClassFor\(eventType\) === undefined\) throw new BadRequestException/);
    expect(block).toMatch(/@HttpCode\(200\)/);
    expect(block).not.toMatch(/reflect-metadata/);
    expect(fs.readFileSync(path.join(REPO, 'scripts', 'consumers.sh'), 'utf8')).toContain('nestjs-guide:controller');
  });
});
