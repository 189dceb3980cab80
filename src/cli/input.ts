/**
 * Opening an event log for a command: a file, or `-` (stdin). The reading itself is the
 * public JSON Lines reader (`src/jsonl`): streaming, strict UTF-8, line numbers, byte
 * offsets and per-line errors.
 */
import { constants as fsConstants, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { readJsonLines, type JsonLinesOptions, type JsonLinesReader } from '../jsonl';
import { CliUsageError, type CliIo } from './io';

export interface InputSource {
  /** How the input is named in messages: the path as given, or `<stdin>`. */
  readonly label: string;
  readonly stream: Readable;
  /** Size of the input when known (a regular file), else null. */
  readonly totalBytes: number | null;
}

function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Opens `arg` (`-` = stdin). Missing, unreadable or directory paths are usage errors (exit 2). */
export async function openInput(arg: string, io: CliIo): Promise<InputSource> {
  if (arg === '-') return { label: '<stdin>', stream: io.stdin, totalBytes: null };
  const resolved = path.resolve(io.cwd ?? process.cwd(), arg);
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(resolved, 'r');
  } catch (error) {
    throw new CliUsageError(`cannot read '${arg}': ${describeFsError(error)}`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CliUsageError(`cannot read '${arg}': is a directory`);
    const stream = handle.createReadStream({ highWaterMark: 1 << 16 });
    return { label: arg, stream, totalBytes: stat.isFile() ? stat.size : null };
  } catch (error) {
    await handle.close().catch(() => undefined);
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError(`cannot read '${arg}': ${describeFsError(error)}`);
  }
}

/** Fails (usage error, exit 2) unless `arg` is `-` or a readable file: checked before any output. */
export async function assertReadable(arg: string, io: CliIo): Promise<void> {
  if (arg === '-') return;
  const resolved = path.resolve(io.cwd ?? process.cwd(), arg);
  let stat;
  try {
    stat = await fsp.stat(resolved);
    await fsp.access(resolved, fsConstants.R_OK);
  } catch (error) {
    throw new CliUsageError(`cannot read '${arg}': ${describeFsError(error)}`);
  }
  if (stat.isDirectory()) throw new CliUsageError(`cannot read '${arg}': is a directory`);
}

/** A stream that fails mid-read: an I/O error (exit 2), not a verdict. */
async function* guarded(source: InputSource): AsyncGenerator<Uint8Array | string, void, undefined> {
  try {
    for await (const chunk of source.stream as AsyncIterable<Uint8Array | string>) yield chunk;
  } catch (error) {
    throw new CliUsageError(`cannot read '${source.label}': ${describeFsError(error)}`);
  } finally {
    if (source.stream !== process.stdin && !source.stream.destroyed) source.stream.destroy();
  }
}

/** The records of `source`, read as the caller iterates. */
export function readInput<T>(source: InputSource, options: JsonLinesOptions<T> = {}): JsonLinesReader<T> {
  return readJsonLines<T>(guarded(source), { totalBytes: source.totalBytes, ...options });
}
