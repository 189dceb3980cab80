/**
 * A streaming reader of event logs: JSON Lines (one JSON value per line) or one JSON array.
 *
 * - Bytes in, records out: each record carries its 1-based line, its 0-based index among the
 *   records, its element index in a JSON array input, and the byte offset it starts at.
 * - JSON Lines are streamed in constant memory (one line at a time, at most `maxLineBytes`);
 *   a JSON array (recognised by `[` as the first non-blank character) is read whole, up to
 *   `maxDocumentBytes`.
 * - A UTF-8 byte-order mark, CRLF line ends and blank lines are accepted.
 * - Strict UTF-8: a line holding bytes that are not UTF-8 is an error naming the byte offset,
 *   never silently decoded to U+FFFD (the reference decodes with Python's strict codec).
 * - Problems are records too (`kind: 'error'`), never exceptions: a bad line is reported and
 *   the next one is read. Input that is not JSON Lines at all (UTF-16, binary data, one
 *   pretty-printed JSON document) gives one fatal record and the read stops.
 * - `parse` turns each JSON value into what the caller wants (an `Event`, a contract-version
 *   specific model, ...); what it throws becomes a `parse_failed` record with the cause.
 *
 * The iteration is pull-based: a consumer that awaits between records (for example for an
 * output stream's `'drain'`) pauses the reading, so memory stays flat whatever the consumer's
 * pace.
 */
import { decodeUtf8, describeUtf8Error, findUtf8Error } from './utf8';

/** Where a record sits in the input. */
export interface JsonLinesPosition {
  /** 1-based line the record starts on. */
  readonly line: number;
  /** 0-based position among the records (non-blank lines, or array elements). */
  readonly index: number;
  /** 0-based element index when the input is one JSON array; null for JSON Lines. */
  readonly element: number | null;
  /** Offset of the record's first byte from the start of the input (a byte-order mark included). */
  readonly byteOffset: number;
}

/** A JSON value read from the input, and what `parse` made of it. */
export interface JsonLinesValue<T = unknown> extends JsonLinesPosition {
  readonly kind: 'value';
  /** The JSON value as parsed (`JSON.parse`). */
  readonly json: unknown;
  /** `parse(json, position)`; the JSON value itself without a `parse` option. */
  readonly value: T;
}

/**
 * Why a record is not a value.
 * - `json_invalid`: the line (or the array) is not JSON.
 * - `utf8_invalid`: the line holds bytes that are not UTF-8.
 * - `line_too_long`: the line is longer than `maxLineBytes` (skipped unread).
 * - `parse_failed`: the `parse` option threw (`cause` holds what it threw).
 * - Fatal (the read stops): `unsupported_encoding` (UTF-16 or UTF-32), `binary_input`,
 *   `not_json_lines` (one or more pretty-printed JSON values), `document_too_large`
 *   (a JSON array larger than `maxDocumentBytes`).
 */
export type JsonLinesErrorCode =
  | 'json_invalid'
  | 'utf8_invalid'
  | 'line_too_long'
  | 'parse_failed'
  | 'unsupported_encoding'
  | 'binary_input'
  | 'not_json_lines'
  | 'document_too_large';

/** A line, an element or the whole input that could not be read as a value. */
export interface JsonLinesError extends JsonLinesPosition {
  readonly kind: 'error';
  readonly code: JsonLinesErrorCode;
  /** One line of text saying what is wrong (no line number: see `line`). */
  readonly message: string;
  /** True when the read stopped here (the input as a whole is not readable as JSON Lines). */
  readonly fatal: boolean;
  /** For `parse_failed`: the JSON value `parse` was given. */
  readonly json?: unknown;
  /** For `parse_failed`: what `parse` threw. */
  readonly cause?: unknown;
}

export type JsonLinesRecord<T = unknown> = JsonLinesValue<T> | JsonLinesError;

/** `jsonl`, `array`, `document` (pretty-printed JSON, refused) or `empty` (nothing but blanks). */
export type JsonLinesFormat = 'jsonl' | 'array' | 'document' | 'empty';

/** Counts so far (final once the iteration has ended). */
export interface JsonLinesStats {
  readonly format: JsonLinesFormat;
  /** Lines seen (blank ones included). */
  readonly lines: number;
  /** Records produced (values and errors). */
  readonly records: number;
  readonly values: number;
  readonly errors: number;
  /** Bytes read. */
  readonly bytes: number;
}

/** What `onProgress` receives after each chunk. */
export interface JsonLinesProgress {
  readonly lines: number;
  readonly bytes: number;
  /** The caller's `totalBytes`, or null. */
  readonly totalBytes: number | null;
}

export interface JsonLinesOptions<T = unknown> {
  /** Turns each JSON value into a record value; what it throws becomes a `parse_failed` record. */
  readonly parse?: (json: unknown, position: JsonLinesPosition) => T;
  /** Longest line read, in bytes (default 64 MiB); longer lines become `line_too_long`. */
  readonly maxLineBytes?: number;
  /** Largest JSON array (or pretty-printed document) held, in bytes (default 256 MiB). */
  readonly maxDocumentBytes?: number;
  /** Accept one JSON array of values as the input (default true). */
  readonly allowArray?: boolean;
  /** Called after each chunk read. */
  readonly onProgress?: (progress: JsonLinesProgress) => void;
  /** Size of the input when known, passed through to `onProgress`. */
  readonly totalBytes?: number | null;
}

/** Chunks of bytes (or text, encoded as UTF-8): a Node `Readable`, a web stream reader's iterable, an array. */
export type JsonLinesSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
/** A NUL byte this early, before any value, means the input is not text. */
const BINARY_SNIFF_BYTES = 64 * 1024;

const NL = 10;
const CR = 13;

function isBlankByte(b: number): boolean {
  return b === 32 || b === 9 || b === CR;
}

function firstNonBlank(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (!isBlankByte(bytes[i]!)) return bytes[i]!;
  return -1;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.message}`;
  try {
    return String(error);
  } catch {
    return 'unknown error';
  }
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(NL); i !== -1 && i < end; i = bytes.indexOf(NL, i + 1)) n++;
  return n;
}

/** UTF-8 length of one UTF-16 code unit of a well-formed string (a surrogate pair counts 2 + 2). */
function utf8Width(c: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdfff) return 2;
  return 3;
}

/** Line and byte offset (relative to `text`) of each top-level element of a JSON array text `JSON.parse` accepted. */
function arrayElementStarts(text: string): { lines: number[]; offsets: number[] } {
  const lines: number[] = [];
  const offsets: number[] = [];
  let line = 1;
  let byte = 0;
  let depth = 0;
  let inString = false;
  let expecting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const width = utf8Width(c);
    if (inString) {
      if (c === 92) {
        i++;
        byte += 2;
        continue;
      }
      if (c === 34) inString = false;
      byte += width;
      continue;
    }
    if (c === NL) {
      line++;
      byte++;
      continue;
    }
    if (c === 32 || c === 9 || c === CR) {
      byte++;
      continue;
    }
    if (depth === 1 && expecting && c !== 93) {
      lines.push(line);
      offsets.push(byte);
      expecting = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1) expecting = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expecting = true;
    byte += width;
  }
  return { lines, offsets };
}

/** The 1-based line of each top-level element of a JSON array text (relative to the text). */
export function arrayElementLines(text: string): number[] {
  return arrayElementStarts(text).lines;
}

/** Tracks bracket depth across lines to recognise one or more pretty-printed JSON values. */
class StructureScanner {
  depth = 0;
  inString = false;
  broken = false;

  /** Scans one line (without its newline); a string still open at the end breaks the scan. */
  scan(text: string): void {
    let escape = false;
    for (let i = 0; i < text.length && !this.broken; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (escape) escape = false;
        else if (c === 92) escape = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 91 || c === 123) this.depth++;
      else if (c === 93 || c === 125) {
        this.depth--;
        if (this.depth < 0) this.broken = true;
      }
    }
    if (this.inString) this.broken = true;
  }
}

interface HeldLine {
  readonly bytes: Uint8Array;
  readonly line: number;
  readonly offset: number;
  readonly next: number;
}

/**
 * The push parser under `JsonLinesReader` and `parseJsonLines`: feed it chunks with `push`,
 * then `end()`; records accumulate in `take()`.
 */
class JsonLinesCore<T> {
  private readonly parse: ((json: unknown, position: JsonLinesPosition) => T) | undefined;
  private readonly maxLine: number;
  private readonly maxDocument: number;
  private readonly allowArray: boolean;

  private out: JsonLinesRecord<T>[] = [];
  private mode: 'detect' | 'jsonl' | 'array' | 'document' = 'detect';
  stopped = false;
  private ended = false;
  private format: JsonLinesFormat = 'empty';

  private bytes = 0;
  private lineNo = 0;
  private records = 0;
  private values = 0;
  private errors = 0;

  private head: Uint8Array | null = new Uint8Array(0);
  private lineStart = 0;
  private carry: Uint8Array[] = [];
  private carryLength = 0;
  private overflow = false;

  private arrayParts: Uint8Array[] = [];
  private arrayLength = 0;
  private arrayLine = 0;
  private arrayOffset = 0;

  private documentTried = false;
  private held: HeldLine[] = [];
  private heldBytes = 0;
  private scanner = new StructureScanner();
  private documentPending = '';
  private documentValues = 0;
  /** Lines and offset of the completed pretty-printed values (their lines are not held). */
  private documentStart: { line: number; offset: number } | null = null;
  private documentEndLine = 0;

  constructor(options: JsonLinesOptions<T>) {
    this.parse = options.parse;
    this.maxLine = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.maxDocument = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    this.allowArray = options.allowArray ?? true;
  }

  stats(): JsonLinesStats {
    return Object.freeze({
      format: this.format,
      lines: this.lineNo,
      records: this.records,
      values: this.values,
      errors: this.errors,
      bytes: this.bytes,
    });
  }

  get lines(): number {
    return this.lineNo;
  }

  get bytesRead(): number {
    return this.bytes;
  }

  /** Records produced since the last call. */
  take(): JsonLinesRecord<T>[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  push(input: Uint8Array): void {
    if (this.stopped || this.ended || input.length === 0) return;
    this.bytes += input.length;
    let chunk = input;
    if (this.head !== null) {
      chunk = concat([this.head, input], this.head.length + input.length);
      if (chunk.length < 4) {
        this.head = chunk;
        return;
      }
      this.head = null;
      chunk = this.startInput(chunk);
    }
    this.consume(chunk, this.bytes - chunk.length);
  }

  end(): void {
    if (this.ended) return;
    if (this.head !== null && !this.stopped) {
      const chunk = this.startInput(this.head);
      this.head = null;
      this.consume(chunk, this.bytes - chunk.length);
    }
    this.ended = true;
    if (this.stopped) return;
    if (this.mode !== 'array' && (this.overflow || this.carryLength > 0)) {
      const bytes = concat(this.carry, this.carryLength);
      this.carry = [];
      this.carryLength = 0;
      this.completeLine(bytes, -1);
    }
    if (this.stopped) return;
    if (this.isArrayMode()) this.finishArray();
    else if (this.mode === 'document') this.finishDocument();
  }

  /** The first bytes: refuses UTF-16/32, drops a UTF-8 byte-order mark. */
  private startInput(chunk: Uint8Array): Uint8Array {
    if (!this.checkHead(chunk)) return new Uint8Array(0);
    if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
      this.lineStart = 3;
      return chunk.subarray(3);
    }
    return chunk;
  }

  // ---- input as a whole -------------------------------------------------------------------

  /** Byte-order marks of encodings other than UTF-8: one fatal record. */
  private checkHead(head: Uint8Array): boolean {
    const [a, b, c, d] = [head[0], head[1], head[2], head[3]];
    let name: string | null = null;
    if (a === 0xff && b === 0xfe && c === 0 && d === 0) name = 'UTF-32 (little-endian)';
    else if (a === 0 && b === 0 && c === 0xfe && d === 0xff) name = 'UTF-32 (big-endian)';
    else if (a === 0xff && b === 0xfe) name = 'UTF-16 (little-endian)';
    else if (a === 0xfe && b === 0xff) name = 'UTF-16 (big-endian)';
    if (name === null) return true;
    this.fatal(
      'unsupported_encoding',
      `the input is ${name} text (byte-order mark); event logs must be UTF-8: convert it first (for example with iconv -f UTF-16 -t UTF-8)`,
      1,
      0,
    );
    return false;
  }

  private fatal(code: JsonLinesErrorCode, message: string, line: number, offset: number): void {
    if (this.format === 'empty') this.format = 'jsonl';
    this.emitError(code, message, line, offset, null, true);
    this.stopped = true;
  }

  private emitError(code: JsonLinesErrorCode, message: string, line: number, byteOffset: number, element: number | null, fatal = false, extra?: { json: unknown; cause: unknown }): void {
    const index = this.records++;
    this.errors++;
    const record: JsonLinesError = extra === undefined
      ? { kind: 'error', code, message, fatal, line, index, element, byteOffset }
      : { kind: 'error', code, message, fatal, line, index, element, byteOffset, json: extra.json, cause: extra.cause };
    this.out.push(Object.freeze(record));
  }

  private emitValue(json: unknown, line: number, byteOffset: number, element: number | null): void {
    const position: JsonLinesPosition = Object.freeze({ line, index: this.records, element, byteOffset });
    let value: T;
    if (this.parse === undefined) value = json as T;
    else {
      try {
        value = this.parse(json, position);
      } catch (cause) {
        this.emitError('parse_failed', errorText(cause), line, byteOffset, element, false, { json, cause });
        return;
      }
    }
    this.records++;
    this.values++;
    this.out.push(Object.freeze({ kind: 'value', json, value, ...position }));
  }

  // ---- JSON Lines -------------------------------------------------------------------------

  /** Splits `chunk` (starting at absolute offset `base`) into lines. */
  private consume(chunk: Uint8Array, base: number): void {
    if (this.stopped) return;
    if (this.mode === 'array') {
      this.appendArray(chunk);
      return;
    }
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NL, start);
      if (nl === -1) break;
      const piece = chunk.subarray(start, nl);
      let bytes: Uint8Array;
      if (this.overflow) bytes = piece;
      else if (this.carryLength > 0) {
        if (this.carryLength + piece.length > this.maxLine) {
          this.overflow = true;
          bytes = piece;
        } else bytes = concat([...this.carry, piece], this.carryLength + piece.length);
      } else bytes = piece;
      this.carry = [];
      this.carryLength = 0;
      this.completeLine(bytes, NL);
      this.lineStart = base + nl + 1;
      start = nl + 1;
      if (this.stopped) return;
      if (this.isArrayMode()) {
        this.appendArray(chunk.subarray(start));
        return;
      }
    }
    if (start >= chunk.length || this.overflow) return;
    const rest = chunk.subarray(start);
    if (this.carryLength + rest.length > this.maxLine) {
      if (this.lineStart < BINARY_SNIFF_BYTES && this.values === 0) {
        const sniff = concat([...this.carry, rest], this.carryLength + rest.length);
        if (this.sniffBinary(sniff, this.lineNo + 1, this.lineStart)) return;
      }
      this.overflow = true;
      this.carry = [];
      this.carryLength = 0;
      return;
    }
    this.carry.push(rest.slice());
    this.carryLength += rest.length;
  }

  /** A function, so TypeScript does not narrow `mode` across the calls that switch it. */
  private isArrayMode(): boolean {
    return this.mode === 'array';
  }

  private completeLine(raw: Uint8Array, next: number): void {
    this.lineNo++;
    const line = this.lineNo;
    const offset = this.lineStart;
    if (this.overflow || raw.length > this.maxLine) {
      this.overflow = false;
      if (this.mode === 'detect') this.mode = 'jsonl';
      if (this.format === 'empty') this.format = 'jsonl';
      if (this.mode === 'document') this.abandonDocument();
      this.emitError('line_too_long', `line is longer than ${this.maxLine} bytes (skipped)`, line, offset, null);
      return;
    }
    this.handleLine(raw, line, offset, next);
  }

  private handleLine(raw: Uint8Array, line: number, offset: number, next: number): void {
    const bytes = raw.length > 0 && raw[raw.length - 1] === CR ? raw.subarray(0, raw.length - 1) : raw;
    const first = firstNonBlank(bytes);
    if (first === -1) return;
    if (this.mode === 'detect') {
      if (first === 91 && this.allowArray) {
        this.mode = 'array';
        this.format = 'array';
        this.arrayLine = line;
        this.arrayOffset = offset;
        this.lineNo = line - 1; // appendArray counts the newline it is given
        this.appendArray(raw);
        this.appendArray(Uint8Array.of(NL));
        return;
      }
      this.mode = 'jsonl';
      this.format = 'jsonl';
    }
    if (this.mode === 'document') {
      this.holdDocumentLine({ bytes: raw.slice(), line, offset, next });
      return;
    }
    if (this.values === 0 && offset < BINARY_SNIFF_BYTES && this.sniffBinary(bytes, line, offset)) return;
    const text = decodeUtf8(bytes);
    if (text === null) {
      const bad = findUtf8Error(bytes, next === NL ? NL : -1) ?? { offset: 0, byte: bytes[0] ?? 0, reason: 'invalid start byte' as const };
      const at = offset + bad.offset;
      this.emitError('utf8_invalid', `${describeUtf8Error({ ...bad, offset: at })} (byte ${bad.offset + 1} of the line); the line is not UTF-8`, line, at, null);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      if (!this.documentTried && this.records === 0 && this.startDocument(raw, text, line, offset, next)) return;
      this.emitError('json_invalid', errorText(error), line, offset, null);
      return;
    }
    this.emitValue(json, line, offset, null);
  }

  /** A NUL byte near the start, before any value: the input is not UTF-8 text. */
  private sniffBinary(bytes: Uint8Array, line: number, offset: number): boolean {
    const limit = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    let nuls = 0;
    let oddNuls = 0;
    for (let i = 0; i < limit; i++) {
      if (bytes[i] === 0) {
        nuls++;
        if ((offset + i) % 2 === 1) oddNuls++;
      }
    }
    if (nuls === 0) return false;
    const utf16 = nuls * 3 >= limit && (oddNuls === nuls || oddNuls === 0);
    if (utf16) {
      this.fatal('unsupported_encoding', 'the input looks like UTF-16 text without a byte-order mark (NUL bytes between characters); event logs must be UTF-8', line, offset);
    } else {
      this.fatal('binary_input', 'the input is binary data (NUL bytes), not JSON Lines text: is it compressed? (decompress it first)', line, offset);
    }
    return true;
  }

  // ---- one or more pretty-printed JSON values (refused with one message) --------------------

  /** The first line opens a JSON value it does not close: hold lines until it is clear what the input is. */
  private startDocument(raw: Uint8Array, text: string, line: number, offset: number, next: number): boolean {
    const first = firstNonBlank(raw);
    if (first !== 123 && first !== 91) return false;
    const scanner = new StructureScanner();
    scanner.scan(text);
    if (scanner.broken || scanner.depth <= 0) return false;
    this.documentTried = true;
    this.mode = 'document';
    this.scanner = scanner;
    this.documentPending = text;
    this.held = [{ bytes: raw.slice(), line, offset, next }];
    this.heldBytes = raw.length;
    return true;
  }

  private holdDocumentLine(held: HeldLine): void {
    this.held.push(held);
    this.heldBytes += held.bytes.length;
    const bytes = held.bytes.length > 0 && held.bytes[held.bytes.length - 1] === CR ? held.bytes.subarray(0, held.bytes.length - 1) : held.bytes;
    const text = this.heldBytes > this.maxDocument || bytes.indexOf(0) !== -1 ? null : decodeUtf8(bytes);
    if (text === null) {
      this.abandonDocument();
      return;
    }
    this.scanner.scan(text);
    if (this.scanner.broken) {
      this.abandonDocument();
      return;
    }
    const startsValue = this.documentPending === '';
    this.documentPending = startsValue ? text : `${this.documentPending}\n${text}`;
    if (this.scanner.depth > 0) return;
    try {
      JSON.parse(this.documentPending);
    } catch {
      this.abandonDocument();
      return;
    }
    if (startsValue) {
      // A whole value on one line: JSON Lines from here on (this line is the one held).
      this.abandonDocument();
      return;
    }
    this.documentValues++;
    this.documentPending = '';
    // A complete value: its lines need not be held for a replay any more.
    const first = this.held[0]!;
    this.documentStart ??= { line: first.line, offset: first.offset };
    this.documentEndLine = held.line;
    this.held = [];
    this.heldBytes = 0;
  }

  private documentMessage(): string {
    const what = this.documentValues === 1 ? 'one JSON value' : `${this.documentValues} JSON values`;
    return `the input is pretty-printed JSON (${what} over lines ${this.documentStart!.line}–${this.documentEndLine}), not JSON Lines: write one event per line (for example with jq -c .)`;
  }

  private finishDocument(): void {
    if (this.mode !== 'document') return;
    if (this.documentPending === '' && this.documentValues > 0) {
      this.held = [];
      this.format = 'document';
      this.fatal('not_json_lines', this.documentMessage(), this.documentStart!.line, this.documentStart!.offset);
      return;
    }
    this.abandonDocument();
  }

  /**
   * Not (only) pretty-printed values after all: the completed ones get one message, the
   * held lines are read as JSON Lines.
   */
  private abandonDocument(): void {
    const held = this.held;
    this.held = [];
    this.heldBytes = 0;
    this.documentPending = '';
    this.mode = 'jsonl';
    if (this.documentValues > 0) this.emitError('not_json_lines', this.documentMessage(), this.documentStart!.line, this.documentStart!.offset, null);
    for (const h of held) {
      this.handleLine(h.bytes, h.line, h.offset, h.next);
      if (this.stopped) return;
    }
  }

  // ---- one JSON array ---------------------------------------------------------------------

  private appendArray(bytes: Uint8Array): void {
    if (bytes.length === 0 || this.stopped) return;
    this.arrayLength += bytes.length;
    this.lineNo += countNewlines(bytes);
    if (this.arrayLength > this.maxDocument) {
      this.arrayParts = [];
      this.fatal(
        'document_too_large',
        `the JSON array input is larger than ${this.maxDocument} bytes; write the log as JSON Lines (one event per line) instead`,
        this.arrayLine,
        this.arrayOffset,
      );
      return;
    }
    this.arrayParts.push(bytes.slice());
  }

  private finishArray(): void {
    const all = concat(this.arrayParts, this.arrayLength);
    this.arrayParts = [];
    if (all.length > 0 && all[all.length - 1] !== NL) this.lineNo++;
    const text = decodeUtf8(all);
    if (text === null) {
      const bad = findUtf8Error(all) ?? { offset: 0, byte: all[0] ?? 0, reason: 'invalid start byte' as const };
      const line = this.arrayLine + countNewlines(all, bad.offset);
      const at = this.arrayOffset + bad.offset;
      this.emitError('utf8_invalid', `${describeUtf8Error({ ...bad, offset: at })}; the JSON array is not UTF-8`, line, at, null);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const message = errorText(error);
      const position = /position (\d+)/.exec(message);
      const at = position === null ? 0 : Math.min(Number(position[1]), text.trimEnd().length);
      const line = this.arrayLine + countNewlinesInText(text, at);
      this.emitError('json_invalid', `the JSON array is not valid JSON: ${message}`, line, this.arrayOffset, null);
      return;
    }
    if (!Array.isArray(parsed)) {
      this.emitError('json_invalid', 'the input starts with "[" but is not one JSON array', this.arrayLine, this.arrayOffset, null);
      return;
    }
    const starts = arrayElementStarts(text);
    for (let i = 0; i < parsed.length; i++) {
      const line = this.arrayLine + (starts.lines[i] ?? 1) - 1;
      this.emitValue(parsed[i], line, this.arrayOffset + (starts.offsets[i] ?? 0), i);
    }
  }
}

function countNewlinesInText(text: string, end: number): number {
  let n = 0;
  const stop = Math.min(end, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < stop; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const encoder = new TextEncoder();

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

/**
 * Reads records from `source` as you iterate (`for await (const record of reader)`).
 * One iteration per reader; `stats` holds the counts so far.
 *
 * ```ts
 * const reader = readJsonLines(fs.createReadStream('events.jsonl'), { parse: (json) => Event.fromDict(json) });
 * for await (const record of reader) {
 *   if (record.kind === 'value') reducer.apply(record.value);
 *   else console.error(`line ${record.line}: ${record.message}`);
 * }
 * ```
 */
export class JsonLinesReader<T = unknown> implements AsyncIterable<JsonLinesRecord<T>> {
  private readonly core: JsonLinesCore<T>;
  private started = false;

  constructor(
    private readonly source: JsonLinesSource,
    private readonly options: JsonLinesOptions<T> = {},
  ) {
    this.core = new JsonLinesCore<T>(options);
  }

  /** Counts so far; final once the iteration has ended. */
  get stats(): JsonLinesStats {
    return this.core.stats();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<JsonLinesRecord<T>, void, undefined> {
    if (this.started) throw new Error('a JsonLinesReader can be iterated only once');
    this.started = true;
    const core = this.core;
    const { onProgress } = this.options;
    const totalBytes = this.options.totalBytes ?? null;
    for await (const chunk of this.source) {
      core.push(toBytes(chunk));
      onProgress?.({ lines: core.lines, bytes: core.bytesRead, totalBytes });
      for (const record of core.take()) yield record;
      if (core.stopped) break;
    }
    core.end();
    onProgress?.({ lines: core.lines, bytes: core.bytesRead, totalBytes });
    for (const record of core.take()) yield record;
  }
}

/** A reader over `source`: see `JsonLinesReader`. */
export function readJsonLines<T = unknown>(source: JsonLinesSource, options: JsonLinesOptions<T> = {}): JsonLinesReader<T> {
  return new JsonLinesReader<T>(source, options);
}

/** Every record of a whole input held in memory (text or bytes), and the final counts. */
export function parseJsonLines<T = unknown>(
  input: string | Uint8Array,
  options: JsonLinesOptions<T> = {},
): { readonly records: readonly JsonLinesRecord<T>[]; readonly stats: JsonLinesStats } {
  const core = new JsonLinesCore<T>(options);
  core.push(toBytes(input));
  core.end();
  return Object.freeze({ records: Object.freeze(core.take()), stats: core.stats() });
}
