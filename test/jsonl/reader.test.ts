/** The public JSON Lines reader (`src/jsonl`): streaming, positions, per-line errors, whole-input refusals. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as fc from 'fast-check';
import {
  arrayElementLines,
  findUtf8Error,
  parseJsonLines,
  readJsonLines,
  type JsonLinesRecord,
} from '../../src/jsonl';
import { Event, ValidationError } from '../../src/v2';

async function readAll(chunks: readonly (string | Uint8Array)[], options: Parameters<typeof readJsonLines>[1] = {}): Promise<JsonLinesRecord[]> {
  const out: JsonLinesRecord[] = [];
  for await (const r of readJsonLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c)))), options)) out.push(r);
  return out;
}

const brief = (records: readonly JsonLinesRecord[]): unknown[] =>
  records.map((r) => (r.kind === 'value' ? [r.line, r.index, r.json] : [r.line, r.index, r.code]));

describe('JSON Lines reading', () => {
  it('gives each value its line, index and byte offset; BOM, CRLF and blank lines are fine', () => {
    const { records, stats } = parseJsonLines('\uFEFF{"a":1}\r\n\r\n  \n{"b":"é"}\n{"c":3}');
    expect(records.map((r) => [r.kind, r.line, r.index, r.byteOffset, r.element])).toEqual([
      ['value', 1, 0, 3, null],
      ['value', 4, 1, 17, null],
      ['value', 5, 2, 28, null],
    ]);
    expect(records.map((r) => (r.kind === 'value' ? r.value : null))).toEqual([{ a: 1 }, { b: 'é' }, { c: 3 }]);
    expect(stats).toEqual({ format: 'jsonl', lines: 5, records: 3, values: 3, errors: 0, bytes: 35 });
    expect(Object.isFrozen(records[0])).toBe(true);
  });

  it('joins lines split across chunks, including inside a multi-byte character', async () => {
    const line = JSON.stringify({ name: 'café 😀' });
    const bytes = Buffer.from(`${line}\n${line}`);
    const cut = bytes.indexOf(Buffer.from('😀')) + 2;
    const records = await readAll([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(brief(records)).toEqual([
      [1, 0, { name: 'café 😀' }],
      [2, 1, { name: 'café 😀' }],
    ]);
  });

  it('the same records whatever the chunking (property)', () => {
    const lines = fc.array(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.constant(''), fc.constant('{bad'), fc.constant(' \r')), { maxLength: 12 });
    fc.assert(
      fc.asyncProperty(lines, fc.array(fc.nat(), { maxLength: 6 }), async (ls, cuts) => {
        const bytes = Buffer.from(ls.join('\n'));
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let at = 0;
        for (const p of points) {
          chunks.push(bytes.subarray(at, p));
          at = p;
        }
        chunks.push(bytes.subarray(at));
        const whole = parseJsonLines(bytes).records;
        const streamed = await readAll(chunks);
        expect(streamed.map((r) => ({ ...r }))).toEqual(whole.map((r) => ({ ...r })));
      }),
      { numRuns: 150 },
    );
  });

  it('reports a line that is not JSON and reads on', () => {
    const { records } = parseJsonLines('{"a":1}\n{"a": }\n{"b":2}\n');
    expect(brief(records)).toEqual([
      [1, 0, { a: 1 }],
      [2, 1, 'json_invalid'],
      [3, 2, { b: 2 }],
    ]);
    expect(records[1]).toMatchObject({ kind: 'error', fatal: false, byteOffset: 8 });
  });

  it('reports an over-long line without holding it, then reads on', async () => {
    const long = `{"x": "${'a'.repeat(200)}"}`;
    const records = await readAll([`{"a":1}\n${long.slice(0, 50)}`, `${long.slice(50)}\n{"b":2}\n`], { maxLineBytes: 100 });
    expect(brief(records)).toEqual([
      [1, 0, { a: 1 }],
      [2, 1, 'line_too_long'],
      [3, 2, { b: 2 }],
    ]);
  });
});

describe('strict UTF-8 (the reference decodes with Python’s strict codec)', () => {
  it('reports invalid bytes with the line and the byte offset instead of decoding them to U+FFFD', () => {
    const input = Buffer.concat([Buffer.from('{"a":1}\n{"a":"x'), Buffer.from([0xff]), Buffer.from('"}\n{"b":2}\n')]);
    const { records } = parseJsonLines(input);
    expect(brief(records)).toEqual([
      [1, 0, { a: 1 }],
      [2, 1, 'utf8_invalid'],
      [3, 2, { b: 2 }],
    ]);
    expect(records[1]).toMatchObject({ byteOffset: 15 });
    expect((records[1] as { message: string }).message).toContain("'utf-8' codec can't decode byte 0xff in position 15: invalid start byte");
  });

  it.each([
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 'invalid continuation byte'],
    ['an overlong slash', [0xc0, 0xaf], 'invalid start byte'],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'invalid continuation byte'],
    ['a lone continuation byte', [0x80], 'invalid start byte'],
  ])('refuses %s, as Python does', (_name, bytes, reason) => {
    const input = Buffer.concat([Buffer.from('"'), Buffer.from(bytes), Buffer.from('"')]);
    expect(findUtf8Error(input)).toEqual({ offset: 1, byte: bytes[0], reason });
    expect(parseJsonLines(input).records[0]).toMatchObject({ kind: 'error', code: 'utf8_invalid', byteOffset: 1 });
  });

  it('a sequence cut by the end of the line is an invalid continuation; cut by the end of input, unexpected end', () => {
    expect(findUtf8Error(Uint8Array.of(0x22, 0xe2, 0x82), 10)).toMatchObject({ offset: 1, reason: 'invalid continuation byte' });
    expect(findUtf8Error(Uint8Array.of(0x22, 0xe2, 0x82))).toMatchObject({ offset: 1, reason: 'unexpected end of data' });
    expect(findUtf8Error(Buffer.from('"ok 😀 é"'))).toBeNull();
  });

  it('a byte-order mark after the start is a character, not skipped (so that line is not JSON)', () => {
    expect(brief(parseJsonLines('{"a":1}\n\uFEFF{"b":2}\n').records)).toEqual([
      [1, 0, { a: 1 }],
      [2, 1, 'json_invalid'],
    ]);
  });

  it('finds the same first error (offset, byte, reason) as Python’s strict utf-8 codec (golden: scripts/golden/utf8-errors.py)', () => {
    const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'golden', 'utf8-errors.json'), 'utf8')) as {
      cases: { hex: string; error: { offset: number; byte: number; reason: string } | null }[];
    };
    expect(golden.cases.length).toBeGreaterThan(400);
    for (const c of golden.cases) expect([c.hex, findUtf8Error(Buffer.from(c.hex, 'hex'))]).toEqual([c.hex, c.error]);
  });

  it('agrees with the platform’s fatal decoder on arbitrary bytes (property)', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(findUtf8Error(bytes) === null).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});

describe('input that is not JSON Lines gets one message', () => {
  it('UTF-16 with a byte-order mark', () => {
    const { records } = parseJsonLines(Buffer.from('\uFEFF{"a":1}\n{"b":2}\n', 'utf16le'));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'error', code: 'unsupported_encoding', fatal: true, line: 1 });
    expect((records[0] as { message: string }).message).toContain('UTF-16 (little-endian)');
  });

  it('UTF-16 without a byte-order mark, and binary data', () => {
    const utf16 = parseJsonLines(Buffer.from(`${'{"a":1}\n'.repeat(300)}`, 'utf16le')).records;
    expect(utf16).toEqual([expect.objectContaining({ code: 'unsupported_encoding', fatal: true })]);
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x0a, 0x41, 0x0a, 0x42]);
    expect(parseJsonLines(gzip).records).toEqual([expect.objectContaining({ code: 'binary_input', fatal: true })]);
  });

  it('one pretty-printed JSON object, or several (jq . output)', () => {
    const one = `${JSON.stringify({ event_id: 'x', payload: { a: [1, 2] } }, null, 2)}\n`;
    const { records, stats } = parseJsonLines(one);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ code: 'not_json_lines', fatal: true, line: 1 });
    expect((records[0] as { message: string }).message).toContain('one JSON value over lines 1–');
    expect(stats.format).toBe('document');
    const many = parseJsonLines(one.repeat(50)).records;
    expect(many).toHaveLength(1);
    expect((many[0] as { message: string }).message).toContain('50 JSON values');
  });

  it('pretty-printed values followed by JSON Lines: one message for the values, then the lines (held lines bounded by one value)', () => {
    const pretty = JSON.stringify({ a: [1, 2] }, null, 2).split('\n'); // 6 lines
    const text = `${[...pretty, ...pretty].join('\n')}\n{"b":1}\n{bad\n`;
    const { records } = parseJsonLines(text);
    expect(brief(records)).toEqual([
      [1, 0, 'not_json_lines'],
      [13, 1, { b: 1 }],
      [14, 2, 'json_invalid'],
    ]);
    expect(records[0]).toMatchObject({ fatal: false, message: expect.stringContaining('2 JSON values over lines 1–12') });
  });

  it('a first line that merely looks like an opened object is read as JSON Lines after all', () => {
    expect(brief(parseJsonLines('{"a": 1,\n{"b":2}\n{"c":3}\n').records)).toEqual([
      [1, 0, 'json_invalid'],
      [2, 1, { b: 2 }],
      [3, 2, { c: 3 }],
    ]);
    expect(brief(parseJsonLines('{"a": "cut\n{"b":2}\n').records)).toEqual([
      [1, 0, 'json_invalid'],
      [2, 1, { b: 2 }],
    ]);
  });
});

describe('one JSON array', () => {
  it('is recognised after blank lines; each element has its element index, line and byte offset', () => {
    const { records, stats } = parseJsonLines('\n\n  [ {"a": 1},\n\n {"b": "[,{"}\n , 3 ]\n');
    expect(records.map((r) => [r.line, r.element, r.byteOffset, r.kind === 'value' ? r.json : null])).toEqual([
      [3, 0, 6, { a: 1 }],
      [5, 1, 18, { b: '[,{' }],
      [6, 2, 34, 3],
    ]);
    expect(stats.format).toBe('array');
  });

  it('an array that is not JSON is one error, on the line it breaks when the parser says where', () => {
    expect(parseJsonLines('[\n{"a":1},\n{"a": }\n]').records).toEqual([expect.objectContaining({ kind: 'error', code: 'json_invalid', line: 1 })]);
    const { records } = parseJsonLines('[\n{"a":1},\n{"a" 1}\n]');
    expect(records).toEqual([expect.objectContaining({ kind: 'error', code: 'json_invalid', line: 3 })]);
  });

  it('a larger array than allowed is refused', () => {
    const { records } = parseJsonLines(`[${'1,'.repeat(100)}1]`, { maxDocumentBytes: 50 });
    expect(records).toEqual([expect.objectContaining({ code: 'document_too_large', fatal: true })]);
  });

  it('arrayElementLines ignores brackets inside strings', () => {
    expect(arrayElementLines('[\n{"a":"]"},\n"x\\"]",\n[1,\n2]\n]')).toEqual([2, 3, 4]);
    expect(arrayElementLines('[]')).toEqual([]);
  });
});

describe('the parse option', () => {
  it('turns values into events; what it throws is a parse_failed record with the cause', () => {
    const good = {
      event_id: '01JQ0000000000000000000001',
      event_type: 'X',
      aggregate_id: 'a',
      payload: {},
      timestamp: '2026-03-01T09:00:00Z',
      node_id: 'n',
      lamport_clock: 1,
      project_uuid: '12345678-1234-5678-1234-567812345678',
      correlation_id: '01JQRUN0000000000000000042',
    };
    const text = `${JSON.stringify(good)}\n${JSON.stringify({ ...good, lamport_clock: -1 })}\n`;
    const { records } = parseJsonLines(text, { parse: (json) => Event.fromDict(json) });
    expect(records[0]!.kind).toBe('value');
    expect((records[0] as { value: unknown }).value).toBeInstanceOf(Event);
    expect(records[1]).toMatchObject({ kind: 'error', code: 'parse_failed', line: 2, index: 1, json: { lamport_clock: -1 } });
    expect((records[1] as { cause: unknown }).cause).toBeInstanceOf(ValidationError);
  });

  it('stops pulling from the source when the consumer stops (backpressure, early exit)', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield `{"n":${i}}\n`;
      }
    }
    const reader = readJsonLines(source());
    for await (const r of reader) if (r.kind === 'value' && (r.json as { n: number }).n === 4) break;
    expect(pulled).toBe(5);
    expect(reader.stats.values).toBe(5);
  });
});
