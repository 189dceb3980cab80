/**
 * Reading an event log: a file or `-` (stdin), either JSON Lines (one JSON value per line,
 * streamed in constant memory) or one JSON array (detected by `[` as the first
 * non-whitespace character, read whole). Every record carries the line it starts on.
 * A line that is not JSON becomes a `malformed` record; it never stops the read.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { CliUsageError, type CliIo } from './io';

/** A JSON value read from the log. */
export interface ValueRecord {
  readonly kind: 'value';
  /** 1-based line the value starts on. */
  readonly line: number;
  /** 0-based position among the records (non-blank lines, or array elements). */
  readonly index: number;
  readonly value: unknown;
}

/** A line (or the whole array) that could not be parsed as JSON. */
export interface MalformedRecord {
  readonly kind: 'malformed';
  readonly line: number;
  readonly index: number;
  /** Why it is not JSON (the parser's message). */
  readonly message: string;
}

export type InputRecord = ValueRecord | MalformedRecord;

export interface ReadProgress {
  /** Lines read so far. */
  readonly lines: number;
  /** Bytes read so far. */
  readonly bytes: number;
  /** Size of the input when known (a regular file), else null. */
  readonly totalBytes: number | null;
}

export interface InputSource {
  /** How the input is named in messages: the path as given, or `<stdin>`. */
  readonly label: string;
  readonly stream: Readable;
  readonly totalBytes: number | null;
}

export interface ReadOptions {
  readonly onRecord: (record: InputRecord) => void;
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Longest JSON Lines line kept, in UTF-16 units; longer lines are reported and skipped. */
  readonly maxLineLength?: number;
  /** Largest JSON array input, in UTF-16 units; larger is an input error (exit 2). */
  readonly maxArrayLength?: number;
}

export interface ReadSummary {
  /** `jsonl`, `array`, or `empty` (nothing but whitespace). */
  readonly format: 'jsonl' | 'array' | 'empty';
  readonly lines: number;
  readonly records: number;
  readonly bytes: number;
}

export const DEFAULT_MAX_LINE_LENGTH = 64 * 1024 * 1024;
export const DEFAULT_MAX_ARRAY_LENGTH = 256 * 1024 * 1024;

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

function isJsonBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function firstNonBlank(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return c;
  }
  return -1;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The line each top-level element of a JSON array text starts on (1-based, relative to the
 * text). Only called on text that `JSON.parse` accepted.
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expecting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (depth === 1 && expecting && c !== 93) {
      lines.push(line);
      expecting = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1) expecting = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expecting = true;
  }
  return lines;
}

/** 1-based line of a character offset in `text`. */
function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

class HandlerError {
  constructor(readonly cause: unknown) {}
}

/**
 * Reads every record of `source`, calling `onRecord` synchronously for each, in order.
 * Rejects with `CliUsageError` when the stream fails or a JSON array is too large.
 */
export async function readRecords(source: InputSource, options: ReadOptions): Promise<ReadSummary> {
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const maxArray = options.maxArrayLength ?? DEFAULT_MAX_ARRAY_LENGTH;
  const { onProgress } = options;
  // Errors thrown by the caller's handler pass through unchanged (they are not I/O errors).
  const onRecord = (record: InputRecord): void => {
    try {
      options.onRecord(record);
    } catch (error) {
      throw new HandlerError(error);
    }
  };
  const decoder = new StringDecoder('utf8');

  let mode = 'detect' as 'detect' | 'jsonl' | 'array';
  let lineNo = 0;
  let records = 0;
  let bytes = 0;
  let carry = '';
  let overflow = false;
  let firstText = true;
  const arrayParts: string[] = [];
  let arrayLength = 0;
  let arrayStartLine = 0;

  // A function, so TypeScript does not narrow `mode` across the calls that switch it.
  const inArrayMode = (): boolean => mode === 'array';

  const appendArray = (text: string): void => {
    arrayLength += text.length;
    if (arrayLength > maxArray) {
      throw new CliUsageError(
        `cannot read '${source.label}': JSON array input is larger than ${maxArray} characters; write the log as JSON Lines (one event per line) instead`,
      );
    }
    arrayParts.push(text);
  };

  const handleLine = (raw: string): void => {
    const line = raw.length > 0 && raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (mode === 'detect') {
      const first = firstNonBlank(line);
      if (first === -1) return;
      if (first === 91) {
        mode = 'array';
        arrayStartLine = lineNo;
        appendArray(line + '\n');
        return;
      }
      mode = 'jsonl';
    }
    if (line.length === 0 || isJsonBlank(line)) return;
    const index = records++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      onRecord({ kind: 'malformed', line: lineNo, index, message: errorText(error) });
      return;
    }
    onRecord({ kind: 'value', line: lineNo, index, value });
  };

  const tooLong = (): void => {
    if (mode === 'detect') mode = 'jsonl';
    onRecord({ kind: 'malformed', line: lineNo, index: records++, message: `line is longer than ${maxLine} characters` });
  };

  const consume = (input: string): void => {
    let text = input;
    if (firstText && text.length > 0) {
      firstText = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (mode === 'array') {
      appendArray(text);
      return;
    }
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      lineNo++;
      if (overflow) {
        overflow = false;
        carry = '';
        tooLong();
      } else {
        const piece = text.slice(start, nl);
        const line = carry.length > 0 ? carry + piece : piece;
        carry = '';
        if (line.length > maxLine) tooLong();
        else handleLine(line);
      }
      start = nl + 1;
      if (inArrayMode()) {
        appendArray(text.slice(start));
        return;
      }
    }
    if (overflow) return;
    const rest = start === 0 ? text : text.slice(start);
    if (carry.length + rest.length > maxLine) {
      overflow = true;
      carry = '';
    } else if (rest.length > 0) {
      carry = carry.length > 0 ? carry + rest : rest;
    }
  };

  try {
    for await (const chunk of source.stream as AsyncIterable<Buffer | string>) {
      if (typeof chunk === 'string') {
        bytes += Buffer.byteLength(chunk);
        consume(chunk);
      } else {
        bytes += chunk.length;
        consume(decoder.write(chunk));
      }
      onProgress?.({ lines: lineNo, bytes, totalBytes: source.totalBytes });
    }
  } catch (error) {
    if (error instanceof HandlerError) throw error.cause;
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError(`cannot read '${source.label}': ${describeFsError(error)}`);
  }
  try {
    return finishRead();
  } catch (error) {
    throw error instanceof HandlerError ? error.cause : error;
  }

  function arrayLines(text: string): number {
    const trailing = text.endsWith('\n') ? 1 : 0;
    return arrayStartLine + lineOfOffset(text, text.length) - 1 - trailing;
  }

  function finishRead(): ReadSummary {
    consume(decoder.end());
    if (mode !== 'array') {
      if (overflow) {
        lineNo++;
        tooLong();
      } else if (carry.length > 0) {
        lineNo++;
        if (carry.length > maxLine) tooLong();
        else handleLine(carry);
        carry = '';
      }
    }
    onProgress?.({ lines: lineNo, bytes, totalBytes: source.totalBytes });

    if (mode === 'array') {
      const text = arrayParts.join('');
      arrayParts.length = 0;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        const message = errorText(error);
        const position = /position (\d+)/.exec(message);
        const line = arrayStartLine + (position === null ? 0 : lineOfOffset(text, Number(position[1])) - 1);
        onRecord({ kind: 'malformed', line, index: records++, message: `the JSON array is not valid JSON: ${message}` });
        return { format: 'array', lines: arrayLines(text), records, bytes };
      }
      const elements = parsed as unknown[];
      const starts = arrayElementLines(text);
      for (let i = 0; i < elements.length; i++) {
        onRecord({ kind: 'value', line: arrayStartLine + (starts[i] ?? 1) - 1, index: records++, value: elements[i] });
      }
      return { format: 'array', lines: arrayLines(text), records, bytes };
    }
    return { format: mode === 'jsonl' ? 'jsonl' : 'empty', lines: lineNo, records, bytes };
  }
}
