/**
 * `npm run schemas` and `npm run schemas -- --check` (SCHEMAS_AND_CONFORMANCE.md §1.10),
 * as functions over a directory that return what to print and the exit status, so the
 * script stays a thin wrapper and tests can run them against a temporary copy.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareCodePoints } from '../conventions';
import { CONTRACT_VERSIONS, type ContractVersion } from '../registry';
import { generateSchemaTexts } from './generate';
import { schemaDirFor } from './lookup';

/** What a run prints (each chunk already ends with its newline) and its exit status. */
export interface SchemaCommandResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const SUFFIX = '.schema.json';
export const USAGE = 'usage: generate-schemas [-h] [--check]';

/** Universal newlines: CRLF and lone CR read as LF. */
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Write mode: writes every schema in generation order; orphaned files are left in place. */
export function writeSchemas(dir: string, texts: ReadonlyMap<string, string>): SchemaCommandResult {
  fs.mkdirSync(dir, { recursive: true });
  let stdout = '';
  for (const [fileName, text] of texts) {
    const file = path.join(dir, fileName);
    fs.writeFileSync(file, text, 'utf8');
    stdout += `Generated ${file}\n`;
  }
  stdout += `\nSuccessfully generated ${texts.size} schemas.\n`;
  return { exitCode: 0, stdout, stderr: '' };
}

/**
 * Check mode: regenerates in memory, writes nothing; reports missing files and drift in
 * generation order, then orphaned `*.schema.json` entries sorted by name.
 */
export function checkSchemas(dir: string, texts: ReadonlyMap<string, string>): SchemaCommandResult {
  let stderr = '';
  let failed = false;
  for (const [fileName, expected] of texts) {
    const file = path.join(dir, fileName);
    if (!isRegularFile(file)) {
      stderr += `ERROR: Missing schema file: ${file}\n`;
      failed = true;
      continue;
    }
    const actual = normaliseNewlines(fs.readFileSync(file, 'utf8'));
    if (actual !== expected) {
      stderr += `ERROR: Schema drift detected in ${file}\n--- Expected\n${expected}\n--- Actual\n${actual}\n`;
      failed = true;
    }
  }
  let present: string[] = [];
  try {
    present = fs.readdirSync(dir);
  } catch {
    present = [];
  }
  const orphans = present.filter((name) => name.endsWith(SUFFIX) && !texts.has(name)).sort(compareCodePoints);
  for (const name of orphans) {
    stderr += `Orphaned schema ${name}\n`;
    failed = true;
  }
  if (failed) {
    stderr += '\nSchema drift detected. Run without --check to regenerate.\n';
    return { exitCode: 1, stdout: '', stderr };
  }
  return { exitCode: 0, stdout: `All ${texts.size} schemas are up to date.\n`, stderr: '' };
}

/** One contract version's schema set and the folder it is written to / checked in. */
export interface SchemaTarget {
  readonly version: ContractVersion;
  readonly dir: string;
}

/** The package's targets below a schema root: 2.1.0 in `<root>/v2/`, 6.1.0 in `<root>/`. */
export function packageSchemaTargets(root: string): readonly SchemaTarget[] {
  return CONTRACT_VERSIONS.map((version) => ({ version, dir: schemaDirFor(version, root) }));
}

/**
 * The command line: `[--check]`; `-h`/`--help` prints usage; anything else is a usage error
 * (2). Each target is written or checked in turn; the worst exit status wins.
 */
export function runSchemasCommand(args: readonly string[], targets: readonly SchemaTarget[]): SchemaCommandResult {
  let check = false;
  const unknown: string[] = [];
  for (const arg of args) {
    if (arg === '--check') check = true;
    else if (arg === '-h' || arg === '--help') {
      return {
        exitCode: 0,
        stdout: `${USAGE}\n\nGenerate the JSON Schema files from the registered models.\n\noptions:\n  -h, --help  show this help message and exit\n  --check     verify the committed schemas match the models; write nothing\n`,
        stderr: '',
      };
    } else unknown.push(arg);
  }
  if (unknown.length > 0) {
    return { exitCode: 2, stdout: '', stderr: `${USAGE}\ngenerate-schemas: error: unrecognized arguments: ${unknown.join(' ')}\n` };
  }
  const results = targets.map(({ version, dir }) => {
    const texts = generateSchemaTexts(version);
    return check ? checkSchemas(dir, texts) : writeSchemas(dir, texts);
  });
  return {
    exitCode: results.reduce<SchemaCommandResult['exitCode']>((worst, result) => (result.exitCode > worst ? result.exitCode : worst), 0),
    stdout: results.map((result) => result.stdout).join(''),
    stderr: results.map((result) => result.stderr).join(''),
  };
}
