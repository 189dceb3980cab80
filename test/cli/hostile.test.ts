/** The CLI under hostile input (issue 9 items 3, 8, 11, 12, 17): no super-linear cost, no crash, bounded memory. */
import * as fc from 'fast-check';
import { conformanceProblems, type ModelViolationLike, type SchemaViolationLike } from '../../src/cli/problems';
import { renderSummary } from '../../src/cli/summary';
import { jsonChunks } from '../../src/cli/json-stream';
import type { InvalidEventReport, ValidateSummary } from '../../src/cli/validate';
import { cleanupTemp, cli, envelope, eventId, heartbeat, joined, jsonl, tempDir, writeFile } from './helpers';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanupTemp(dir));

const model = (field: string): ModelViolationLike => ({ field, message: 'm', violationType: 'string_type', inputValue: 1 });
const schema = (jsonPath: string): SchemaViolationLike => ({ jsonPath, message: 's', validator: 'type' });

describe('problem de-duplication (item 3)', () => {
  it('keeps a schema finding only when no model finding is on the same field, a parent or a child (property)', () => {
    const segment = fc.constantFrom('a', 'b', 'c', '0', '1');
    const field = fc.array(segment, { minLength: 0, maxLength: 4 }).map((s) => s.join('.'));
    const related = (a: string, b: string): boolean => a === b || (a !== '' && b !== '' && (a.startsWith(`${b}.`) || b.startsWith(`${a}.`)));
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), fc.array(field, { maxLength: 6 }), (m, s) => {
        const problems = conformanceProblems('', m.map(model), s.map((f) => schema(f === '' ? '$' : `$.${f}`)));
        const kept = problems.filter((p) => p.source === 'schema').map((p) => (p.field === '<event>' ? '' : p.field));
        expect(kept).toEqual(s.filter((f) => !m.some((x) => related(x, f))));
      }),
      { numRuns: 300 },
    );
  });

  it('a schema `required` on the parent repeats the model layer’s `missing` on the field: printed once', () => {
    const missing: ModelViolationLike = { field: 'focus_target.target_id', message: 'Field required', violationType: 'missing', inputValue: undefined };
    const problems = conformanceProblems('payload', [missing], [
      { jsonPath: '$.focus_target', message: "'target_id' is a required property", validator: 'required' },
      { jsonPath: '$', message: "'severity' is a required property", validator: 'required' },
    ]);
    expect(problems.map((p) => [p.field, p.rule])).toEqual([
      ['payload.focus_target.target_id', 'missing'],
      ['payload', 'required'],
    ]);
  });

  it('is linear: 40,000 model and 40,000 schema findings (the 142 s ConcurrentDriverWarning shape)', () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => i);
    const problems = conformanceProblems(
      'payload',
      ids.map((i) => model(`participant_ids.${i}`)),
      [...ids.map((i) => schema(`$.participant_ids[${i}]`)), schema('$.other')],
    );
    expect(problems).toHaveLength(40_001);
    expect(problems.at(-1)).toMatchObject({ field: 'payload.other', source: 'schema' });
  });

  it('validate reports such an event with its problems capped, and a count of the rest', async () => {
    const payload = { warning_id: 'w', mission_id: 'M042', participant_ids: Array.from({ length: 5_000 }, (_, i) => i), focus_target: { target_type: 'wp', target_id: 'WP01' }, severity: 'warning' };
    const file = writeFile(dir, 'many-ids.jsonl', jsonl([envelope(1, 'ConcurrentDriverWarning', payload)]));
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { invalid: InvalidEventReport[] };
    const problems = report.invalid[0]!.problems;
    expect(problems).toHaveLength(1000);
    expect(problems.at(-1)).toMatchObject({ rule: 'too_many_problems', message: expect.stringMatching(/^\d+ more problems not listed$/) });
  });
});

function nested(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

describe('values nested thousands deep (item 8)', () => {
  it.each([3_000, 50_000])('validate reports a line nested %i deep and goes on; --json stays JSON', async (depth) => {
    const deep = JSON.stringify(envelope(2, 'PresenceHeartbeat', { participant_id: 'p-ana', mission_id: 'M042' })).replace('"p-ana"', nested(depth));
    const file = writeFile(dir, `deep-${depth}.jsonl`, `${JSON.stringify(joined(1, 'p-ana'))}\n${deep}\n${JSON.stringify(heartbeat(3, 'p-ana'))}\n`);
    const text = await cli(['validate', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^line 2 \(PresenceHeartbeat /m);
    expect(text.stdout).toContain('3 events, 2 valid, 1 invalid');
    const json = await cli(['validate', file, '--json']);
    const report = JSON.parse(json.stdout) as { invalid: InvalidEventReport[]; summary: ValidateSummary };
    expect(report.summary).toMatchObject({ total: 3, valid: 2, invalid: 1 });
    expect(report.invalid[0]!.line).toBe(2);
  });

  it('reduce skips a deeply nested line with a message and still prints its result', async () => {
    const deep = JSON.stringify(envelope(2, 'PresenceHeartbeat', { participant_id: 'p-ana', mission_id: 'M042', extra: 1 })).replace('1}', `${nested(20_000)}}`);
    const file = writeFile(dir, 'deep-reduce.jsonl', `${JSON.stringify(joined(1, 'p-ana'))}\n${deep}\n`);
    const r = await cli(['reduce', file, '--reducer', 'collaboration', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).participants['p-ana']).toBeDefined();
  });
});

describe('the reduce summary on large logs (item 11)', () => {
  it('renders 130,000 work packages and participants without spreading them into arguments', () => {
    const wpStates: Record<string, unknown> = {};
    const participants: Record<string, unknown> = {};
    for (let i = 0; i < 130_000; i++) {
      wpStates[`WP${i}`] = { current_lane: 'planned', last_transition_at: 't' };
      participants[`p-${i}`] = { participant_id: `p-${i}`, participant_type: 'human' };
    }
    const text = renderSummary({ status: { wp_states: wpStates, anomalies: [] }, collaboration: { participants } }, { maxItems: 2 });
    expect(text).toContain('Work packages (130000)');
    expect(text).toContain('… 129998 more');
    expect(text).toContain('Participants (130000)');
  });

  it('renders a comment thread 10,000 replies deep iteratively, capping the replies shown', () => {
    const comments = Array.from({ length: 10_000 }, (_, i) => ({ comment_id: `c${i}`, participant_id: 'p', content: `n${i}`, reply_to: i === 0 ? null : `c${i - 1}` }));
    const text = renderSummary({ collaboration: { comments } }, { maxItems: 5 });
    expect(text).toContain('Comment threads (1 thread, 10000 comments)');
    expect(text).toContain('… 9994 more replies in this thread');
    const all = renderSummary({ collaboration: { comments } }, { maxItems: 0 });
    expect(all).toContain('c9999 p: n9999');
  });

  it('caps inline lists (participants of a warning) as it caps sections', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `p-${i}`);
    const text = renderSummary(
      { collaboration: { warnings: [{ warning_id: 'w1', warning_type: 'ConcurrentDriverWarning', participant_ids: ids, acknowledgements: {} }] } },
      { maxItems: 3 },
    );
    expect(text).toContain('participants: p-0, p-1, p-2, … 47 more');
    expect(text).toContain('awaiting: p-0, p-1, p-2, … 47 more');
  });

  it('--json is streamed: the same text as JSON.stringify(value, null, 2) for JSON data (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), fc.integer({ min: 1, max: 64 }), (value, indent, chunk) => {
        expect([...jsonChunks(value, indent, chunk)].join('')).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: 300 },
    );
    expect([...jsonChunks({ a: undefined, b: () => 1, c: [undefined], d: { toJSON: () => 'x' } }, 2)].join('')).toBe(
      JSON.stringify({ a: undefined, b: () => 1, c: [undefined], d: { toJSON: () => 'x' } }, null, 2),
    );
  });

  it('--json prints values nested 100,000 deep without recursion, and refuses cycles', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const text = [...jsonChunks(deep, 0)].join('');
    expect(text.length).toBe(200_001);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => [...jsonChunks(cyclic)]).toThrow(TypeError);
  });
});

describe('bounded tallies and messages (item 12)', () => {
  it('keeps event types clipped in the tally, the reports and the summary', async () => {
    const long = (i: number): string => `${String.fromCharCode(65 + (i % 26))}${'x'.repeat(200_000)}${i}`;
    const lines = Array.from({ length: 40 }, (_, i) => envelope(i + 1, long(i), {}));
    const file = writeFile(dir, 'long-types.jsonl', jsonl(lines));
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeLessThan(40 * 1_000);
    const report = JSON.parse(r.stdout) as { summary: ValidateSummary };
    const keys = Object.keys(report.summary.unknown_types);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k.length).toBeLessThanOrEqual(200);
    expect(keys[0]!.endsWith('…')).toBe(true);
    const bad = writeFile(dir, 'long-bad.jsonl', jsonl([envelope(1, long(1), {}, { lamport_clock: -1, node_id: 'n'.repeat(100_000) })]));
    const text = await cli(['validate', bad]);
    expect(text.code).toBe(1);
    for (const line of text.stdout.split('\n')) expect(line.length).toBeLessThan(2_000);
  });
});

describe('invalid UTF-8 (item 17)', () => {
  it('is reported with its line and byte offset, not decoded to U+FFFD and counted valid', async () => {
    const good = Buffer.from(`${JSON.stringify(joined(1, 'p-ana'))}\n`);
    const bad = Buffer.from(JSON.stringify(heartbeat(2, 'p-ana')).replace('p-ana', 'p-an\u0001'));
    bad[bad.indexOf(1)] = 0xc3; // a lead byte followed by an ASCII letter: invalid continuation
    const bytes = Buffer.concat([good, bad, Buffer.from('\n')]);
    const file = writeFile(dir, 'bad-utf8.jsonl', bytes);
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { invalid: InvalidEventReport[]; summary: ValidateSummary };
    expect(report.summary).toMatchObject({ total: 1, valid: 1, malformed: 1 });
    const offset = good.length + bad.indexOf(0xc3);
    expect(report.invalid[0]).toMatchObject({ line: 2, byte_offset: offset });
    expect(report.invalid[0]!.problems[0]).toMatchObject({ field: '<json>', rule: 'utf8_invalid', source: 'json' });
    expect(report.invalid[0]!.problems[0]!.message).toContain(`can't decode byte 0xc3 in position ${offset}: invalid continuation byte`);
  });

  it('reduce skips such a line with the same message', async () => {
    const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(joined(1, 'p-ana'))}\n{"x": "`), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const r = await cli(['reduce', writeFile(dir, 'bad-utf8-reduce.jsonl', bytes), '--reducer', 'collaboration']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^skipped line 2: <json>: 'utf-8' codec can't decode byte 0xff .+\[utf8_invalid\]$/m);
    expect(r.stdout).toContain('2 records, 1 events reduced, 1 skipped');
    void eventId;
  });
});
