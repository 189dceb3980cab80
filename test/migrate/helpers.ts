/** The 2.1.0 logs the migration is tested on: every scenario fixture and example log. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
export interface LogLine { readonly file: string; readonly line: number; readonly envelope: Record<string, unknown> }

function jsonlFiles(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) stack.push(p);
      else if (p.endsWith('.jsonl')) out.push(p);
    }
  }
  return out.sort();
}

export const V2_LOGS: readonly string[] = [...jsonlFiles(path.join(ROOT, 'src', 'v2', 'conformance', 'fixtures', 'scenarios')), ...jsonlFiles(path.join(ROOT, 'examples'))];

export const V2_LINES: readonly LogLine[] = V2_LOGS.flatMap((file) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => ({ file: path.relative(ROOT, file), line, envelope: JSON.parse(text) as Record<string, unknown> })),
);
