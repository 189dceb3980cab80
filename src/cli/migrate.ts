/**
 * `spec-kitty-events migrate <file|->`: rewrites a 2.1.0 log into 6.1.0 envelopes
 * (`migrateEnvelope`). Every migrated (or already-6.1.0) envelope is one JSON line on stdout,
 * in input order. Every line that cannot be migrated — not JSON, not an object, or still
 * invalid at 6.1.0 after the rewrite — is one JSON report line on stderr
 * (`{"line", "status": "failed", "reason"}`), never dropped silently; then the exit code is 1.
 */
import { migrateEnvelope, type MigrateOptions } from '../migrate';
import { EXIT_INVALID, EXIT_OK, type CliIo, type ExitCode } from './io';
import { assertReadable, openInput, readInput } from './input';

export interface MigrateCommandOptions extends MigrateOptions {
  /** Print nothing on stderr but the failure lines (no closing summary). */
  readonly quiet: boolean;
}

export async function migrateCommand(file: string, options: MigrateCommandOptions, io: CliIo): Promise<ExitCode> {
  await assertReadable(file, io);
  const source = await openInput(file, io);
  const counts = { migrated: 0, unchanged: 0, failed: 0 };
  const migrateOptions: MigrateOptions = options.buildId === undefined ? {} : { buildId: options.buildId };
  for await (const record of readInput(source)) {
    if (record.kind === 'error') {
      counts.failed += 1;
      await io.stderr(`${JSON.stringify({ line: record.line, status: 'failed', reason: record.message })}\n`);
      continue;
    }
    const result = migrateEnvelope(record.json, migrateOptions);
    if (result.status === 'failed') {
      counts.failed += 1;
      await io.stderr(`${JSON.stringify({ line: record.line, status: 'failed', reason: result.reason })}\n`);
      continue;
    }
    counts[result.status] += 1;
    await io.stdout(`${JSON.stringify(result.envelope)}\n`);
  }
  if (!options.quiet) await io.stderr(`${source.label}: ${counts.migrated} migrated, ${counts.unchanged} unchanged, ${counts.failed} failed\n`);
  return counts.failed > 0 ? EXIT_INVALID : EXIT_OK;
}
