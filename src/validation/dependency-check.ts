/**
 * The DTO path needs the application and this package to share one copy of class-transformer
 * and of class-validator (peer dependencies): decorators store their metadata in the copy this
 * package loads, and a second copy used by the application (e.g. NestJS's `ValidationPipe`)
 * never sees it, so nested DTOs arrive empty. `assertUsableCopies()` checks it once, at the
 * first use of the DTO path, and throws the library's error saying what to install.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SpecKittyEventsError } from '../envelope/errors';

const PEERS = ['class-transformer', 'class-validator'] as const;

function realEntry(name: string, from?: string): string | null {
  try {
    const resolved = from === undefined ? require.resolve(name) : require.resolve(name, { paths: [from] });
    return fs.realpathSync(resolved);
  } catch {
    return null;
  }
}

/** The directory the application resolves its packages from (its main module's), if known. */
function applicationDir(): string | null {
  const main = typeof require !== 'undefined' ? require.main : undefined;
  if (main !== undefined && typeof main.filename === 'string') return path.dirname(main.filename);
  const script = process.argv[1];
  return typeof script === 'string' && script.length > 0 ? path.dirname(path.resolve(script)) : null;
}

/**
 * The peer packages the application resolves to another copy than this package does, as
 * `[name, ours, theirs]` (empty when one copy is shared, or when the application has none).
 */
export function duplicatePeerCopies(appDir: string | null = applicationDir()): readonly (readonly [string, string, string])[] {
  if (appDir === null) return [];
  const out: (readonly [string, string, string])[] = [];
  for (const name of PEERS) {
    const ours = realEntry(name);
    const theirs = realEntry(name, appDir);
    if (ours !== null && theirs !== null && ours !== theirs) out.push([name, ours, theirs] as const);
  }
  return out;
}

let checked = false;

/** Throws `SpecKittyEventsError` once a second copy of a peer package is found (checked once). */
export function assertUsableCopies(): void {
  if (checked) return;
  checked = true;
  const duplicates = duplicatePeerCopies();
  if (duplicates.length === 0) return;
  const lines = duplicates.map(([name, ours, theirs]) => `  ${name}: spec-kitty-events loads ${ours}, the application loads ${theirs}`);
  const names = duplicates.map(([name]) => name).join(' ');
  throw new SpecKittyEventsError(
    [
      'spec-kitty-events: two copies of a peer dependency are installed, so DTO validation cannot work',
      '(decorator metadata lives in one copy, the application validates with the other):',
      ...lines,
      `Install one copy at the application's top level: npm install ${names} (versions satisfying spec-kitty-events' peerDependencies), then npm dedupe.`,
    ].join('\n'),
  );
}
