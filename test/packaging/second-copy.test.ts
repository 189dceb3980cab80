/** The second-copy check of the DTO path's peers (issue 10 item 2); end to end in scripts/consumers.sh. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { duplicatePeerCopies } from '../../src/validation/dependency-check';

function fakeApp(withCopyOf: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-second-copy-'));
  for (const name of withCopyOf) {
    const pkgDir = path.join(dir, 'node_modules', name);
    fs.mkdirSync(pkgDir, { recursive: true });
    fs.writeFileSync(path.join(pkgDir, 'package.json'), JSON.stringify({ name, version: '0.0.0', main: 'index.js' }));
    fs.writeFileSync(path.join(pkgDir, 'index.js'), 'module.exports = {};\n');
  }
  return dir;
}

describe('duplicatePeerCopies', () => {
  it('is empty when the application resolves the same copies (this repository)', () => {
    expect(duplicatePeerCopies(path.resolve(__dirname, '..', '..'))).toEqual([]);
  });

  it('is empty when the application has no copy of its own', () => {
    const dir = fakeApp([]);
    try {
      // Resolution walks up to the filesystem root: a temp dir has no node_modules above it.
      expect(duplicatePeerCopies(dir).filter(([, , theirs]) => theirs.startsWith(dir))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names each peer the application resolves to another copy, with both paths', () => {
    const dir = fakeApp(['class-transformer']);
    try {
      // Only the copies inside the fake application count: a machine may hold other copies
      // above the temp dir (resolution walks up to the root and into NODE_PATH / ~/.node_modules).
      const real = fs.realpathSync(dir);
      const found = duplicatePeerCopies(dir).filter(([, , theirs]) => theirs.startsWith(real));
      expect(found.map(([name]) => name)).toEqual(['class-transformer']);
      expect(found[0]![1]).toContain(path.join('node_modules', 'class-transformer'));
      expect(found[0]![2]).toBe(fs.realpathSync(path.join(dir, 'node_modules', 'class-transformer', 'index.js')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is empty without an application directory (e.g. an ESM main)', () => {
    expect(duplicatePeerCopies(null)).toEqual([]);
  });
});
