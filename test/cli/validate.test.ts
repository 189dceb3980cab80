/** `spec-kitty-events validate`, run in-process through `run(argv, io)`. */
import * as fs from 'node:fs';
import type { ValidateSummary, InvalidEventReport } from '../../src/cli/validate';
import { cleanupTemp, cli, envelope, EXAMPLE, focus, heartbeat, joined, jsonl, tempDir, writeFile } from './helpers';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanupTemp(dir));

const VALID = [joined(1, 'p-ana'), heartbeat(2, 'p-ana'), focus(3, 'p-ana', 'wp', 'WP03')];

interface JsonReport {
  invalid: InvalidEventReport[];
  summary: ValidateSummary;
  valid: boolean;
}

describe('validate: exit codes', () => {
  it('exits 0 when every event is valid, and says so in the summary', async () => {
    const file = writeFile(dir, 'valid.jsonl', jsonl(VALID));
    const r = await cli(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 events, 3 valid, all valid');
    expect(r.stdout).toMatch(/ParticipantJoined\s+1 valid/);
    expect(r.stderr).toBe('');
  });

  it('exits 1 when a payload breaks its contract, naming line, field and rule', async () => {
    const bad = focus(4, 'p-ana', 'repo', 'WP03');
    const file = writeFile(dir, 'bad-payload.jsonl', jsonl([...VALID, bad]));
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `line 4 (FocusChanged ${bad.event_id as string}): payload.focus_target.target_type: Input should be 'wp', 'step' or 'file' [literal_error], got "repo"`,
    );
    expect(r.stdout).toContain('4 events, 3 valid, 1 invalid');
    expect(r.stdout).toMatch(/FocusChanged\s+1 valid\s+1 invalid/);
  });

  it('exits 1 for an invalid envelope and names each envelope field', async () => {
    const bad = envelope(2, 'PresenceHeartbeat', { participant_id: 'p-ana', mission_id: 'M042' }, { lamport_clock: -1, event_id: 'short' });
    const file = writeFile(dir, 'bad-envelope.jsonl', jsonl([VALID[0], bad]));
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('line 2 (PresenceHeartbeat short): event_id: String should have at least 26 characters [string_too_short], got "short"');
    expect(r.stdout).toContain('line 2 (PresenceHeartbeat short): lamport_clock: Input should be greater than or equal to 0 [greater_than_equal], got -1');
  });

  it('exits 2 for a missing file, with the reason on stderr', async () => {
    const r = await cli(['validate', 'does/not/exist.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: cannot read 'does/not/exist.jsonl': no such file or directory\n");
    expect(r.stdout).toBe('');
  });

  it('exits 2 for a directory', async () => {
    const r = await cli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a directory');
  });

  it('exits 2 on usage errors: no file, unknown option, unknown command, no command', async () => {
    expect((await cli(['validate'])).code).toBe(2);
    const unknownOption = await cli(['validate', EXAMPLE, '--nope']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("unknown option '--nope'");
    expect((await cli(['frobnicate'])).code).toBe(2);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: spec-kitty-events');
  });
});

describe('validate: input forms', () => {
  it('reports a malformed JSON line and keeps going', async () => {
    const text = `${JSON.stringify(VALID[0])}\n{"event_id": "01JQ00000\n${JSON.stringify(VALID[1])}\n`;
    const file = writeFile(dir, 'malformed.jsonl', text);
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^line 2: <json>: .+ \[json_invalid\]$/m);
    // A malformed line is not an event: it makes the verdict invalid without counting as one.
    expect(r.stdout).toContain('2 events, 2 valid, 0 invalid; 1 malformed record');
    expect(r.stdout).toContain('malformed: 1 record not read as JSON events');
  });

  it('reads stdin when the file is -', async () => {
    const r = await cli(['validate', '-'], { stdin: jsonl(VALID) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Summary for <stdin>: 3 events, 3 valid, all valid');
  });

  it('accepts an empty file (exit 0, no events)', async () => {
    const file = writeFile(dir, 'empty.jsonl', '');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 events, 0 valid, all valid');
    expect(r.stdout).toContain('(the input holds no events)');
  });

  it('skips blank lines, CRLF endings and a byte-order mark, and counts lines correctly', async () => {
    const text = `\uFEFF${JSON.stringify(VALID[0])}\r\n\r\n   \r\n${JSON.stringify(focus(5, 'p-ana', 'nope', 'x'))}\r\n`;
    const file = writeFile(dir, 'crlf.jsonl', text);
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^line 4 \(FocusChanged /m);
    expect(r.stdout).toContain('2 events, 1 valid, 1 invalid');
  });

  it('reads one JSON array, reporting the line each invalid element starts on', async () => {
    const events = [VALID[0], focus(2, 'p-ana', 'repo', 'x'), VALID[2]];
    const text = JSON.stringify(events, null, 2);
    const file = writeFile(dir, 'array.json', text);
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.summary.format).toBe('array');
    expect(report.summary.total).toBe(3);
    expect(report.invalid).toHaveLength(1);
    // The second element starts on the line after the first element's closing brace.
    const lines = text.split('\n');
    const secondStart = lines.findIndex((l, i) => i > 1 && l === '  {') + 1;
    expect(report.invalid[0]!.line).toBe(secondStart);
    expect(report.invalid[0]!.index).toBe(1);
  });

  it('reports a JSON array that is not valid JSON as one malformed record (exit 1)', async () => {
    const file = writeFile(dir, 'broken-array.json', `[\n${JSON.stringify(VALID[0])},\n{"a": }\n]`);
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^line \d+: <json>: the JSON array is not valid JSON: .+\[json_invalid\]$/m);
  });

  it('counts unknown event types apart and checks only their envelope', async () => {
    const unknownValid = envelope(4, 'DeploymentPreviewReady', { anything: ['goes'] });
    const unknownInvalid = envelope(5, 'DeploymentPreviewReady', 'not an object');
    const file = writeFile(dir, 'unknown.jsonl', jsonl([...VALID, unknownValid, unknownInvalid]));
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.summary).toMatchObject({ total: 5, valid: 4, invalid: 1, unknown_type_events: 2 });
    expect(report.summary.unknown_types).toEqual({ DeploymentPreviewReady: { valid: 1, invalid: 1 } });
    expect(Object.keys(report.summary.by_event_type).sort()).toEqual(['FocusChanged', 'ParticipantJoined', 'PresenceHeartbeat']);
    expect(report.invalid[0]).toMatchObject({ line: 5, known_type: false, event_type: 'DeploymentPreviewReady' });
    expect(report.invalid[0]!.problems).toEqual([expect.objectContaining({ field: 'payload', rule: 'dict_type', source: 'model' })]);
    const text = await cli(['validate', file]);
    expect(text.stdout).toContain('unknown event types (envelope checked only): 2 events');
  });
});

describe('validate --json', () => {
  it('prints one JSON document with every invalid event and the summary', async () => {
    const bad = focus(4, 'p-ana', 'wp', '');
    const file = writeFile(dir, 'json.jsonl', `${jsonl([...VALID, bad])}not json\n`);
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.valid).toBe(false);
    expect(report.summary).toMatchObject({ source: file, format: 'jsonl', records: 5, total: 4, valid: 3, invalid: 1, malformed: 1 });
    expect(report.invalid.map((e) => e.line)).toEqual([4, 5]);
    expect(report.invalid[0]).toMatchObject({ event_id: bad.event_id, event_type: 'FocusChanged', known_type: true });
    expect(report.invalid[0]!.problems).toEqual([
      { field: 'payload.focus_target.target_id', rule: 'string_too_short', message: 'String should have at least 1 character', source: 'model', input: '' },
    ]);
    expect(report.invalid[1]!.problems[0]).toMatchObject({ field: '<json>', rule: 'json_invalid', source: 'json' });
  });

  it('is valid JSON for an all-valid and for an empty log', async () => {
    const ok = JSON.parse((await cli(['validate', writeFile(dir, 'ok.jsonl', jsonl(VALID)), '--json'])).stdout) as JsonReport;
    expect(ok).toMatchObject({ invalid: [], valid: true, summary: { total: 3, valid: 3 } });
    const empty = JSON.parse((await cli(['validate', writeFile(dir, 'empty2.jsonl', '\n\n'), '--json'])).stdout) as JsonReport;
    expect(empty).toMatchObject({ invalid: [], valid: true, summary: { total: 0, format: 'empty' } });
  });
});

describe('validate: the bundled example', () => {
  it('finds exactly the one deliberately invalid event (to_lane "in_review")', async () => {
    const r = await cli(['validate', 'examples/mission.jsonl', '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const lines = fs.readFileSync(EXAMPLE, 'utf8').trimEnd().split('\n');
    expect(report.summary.total).toBe(lines.length);
    expect(report.summary.invalid).toBe(1);
    expect(report.summary.unknown_types).toEqual({ DeploymentPreviewReady: { valid: 2, invalid: 0 } });
    const [only] = report.invalid;
    expect(lines[only!.line - 1]).toContain('"to_lane":"in_review"');
    expect(only!.problems).toEqual([expect.objectContaining({ field: 'payload.to_lane', rule: 'enum', input: 'in_review' })]);
  });
});
