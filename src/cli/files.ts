/**
 * File arguments: paths, `-` (stdin) and glob patterns (`logs/*.jsonl`, `logs/**\/*.jsonl`,
 * `?`, `[abc]`), expanded here so they work when the shell does not expand them (quoted, or
 * on Windows). A pattern matching nothing is a usage error; results are sorted, each file
 * once.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { CliUsageError } from './io';

const GLOB_CHARS = /[*?[]/;

export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

function escapeRegExp(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/** A regular expression for one path segment of a glob (`*`, `?`, `[...]`; no `/`). */
export function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) source += '\\[';
      else {
        let body = segment.slice(i + 1, close);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        source += `[${negate ? '^' : ''}${body.replace(/[\\\]]/g, (m) => `\\${m}`)}]`;
        i = close;
      }
    } else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, 'u');
}

async function listDir(dir: string): Promise<{ name: string; isDir: boolean }[]> {
  try {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, isDir: e.isDirectory() }));
  } catch {
    return [];
  }
}

/** Files under `cwd` matching `pattern` (forward slashes; hidden entries only when the segment names them). */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const normalized = pattern.split(path.sep).join('/');
  const absolute = path.isAbsolute(normalized);
  const segments = normalized.split('/').filter((s, i) => s !== '' || i === 0);
  const start = absolute ? path.parse(path.resolve(cwd, normalized)).root.split(path.sep).join('/') : '';
  if (absolute) segments.shift();
  const results = new Set<string>();
  const walk = async (base: string, rest: readonly string[]): Promise<void> => {
    if (rest.length === 0) return;
    const [segment, ...tail] = rest as [string, ...string[]];
    const dir = path.resolve(cwd, base === '' ? '.' : base);
    const join = (name: string): string => (base === '' ? name : base.endsWith('/') ? `${base}${name}` : `${base}/${name}`);
    if (segment === '**') {
      await walk(base, tail);
      for (const entry of await listDir(dir)) {
        if (entry.isDir && !entry.name.startsWith('.')) await walk(join(entry.name), rest);
      }
      return;
    }
    if (!isGlob(segment)) {
      const next = join(segment);
      if (tail.length === 0) {
        const stat = await fsp.stat(path.resolve(cwd, next)).catch(() => null);
        if (stat !== null && !stat.isDirectory()) results.add(next);
      } else await walk(next, tail);
      return;
    }
    const re = segmentPattern(segment);
    const entries = (await listDir(dir)).filter((e) => re.test(e.name) && (!e.name.startsWith('.') || segment.startsWith('.')));
    for (const entry of entries) {
      if (tail.length === 0) {
        if (!entry.isDir) results.add(join(entry.name));
      } else if (entry.isDir) await walk(join(entry.name), tail);
    }
  };
  await walk(start, segments);
  return [...results].sort();
}

/** Expands each argument (globs; `-` and plain paths as given), in order, each path once. */
export async function expandInputs(args: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const matches = arg !== '-' && isGlob(arg) ? await expandGlob(arg, cwd) : [arg];
    if (matches.length === 0) {
      // A literal file whose name holds glob characters still counts.
      const literal = await fsp.stat(path.resolve(cwd, arg)).catch(() => null);
      if (literal === null) throw new CliUsageError(`no file matches '${arg}'`);
      matches.push(arg);
    }
    for (const m of matches) {
      const key = m === '-' ? '-' : path.resolve(cwd, m);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
  }
  if (out.filter((a) => a === '-').length > 1) throw new CliUsageError('stdin (-) can be read only once');
  return out;
}
