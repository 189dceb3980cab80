/** `spec-kitty-events reduce`, run in-process through `run(argv, io)`. */
import * as fs from 'node:fs';
import { Event, reduceCollaborationEvents, reduceLifecycleEvents, reduceStatusEvents } from '../../src/v2';
import { cleanupTemp, cli, envelope, EXAMPLE, eventId, focus, heartbeat, joined, jsonl, tempDir, writeFile } from './helpers';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanupTemp(dir));

function exampleEvents(): Event[] {
  return fs
    .readFileSync(EXAMPLE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => Event.fromDict(JSON.parse(l)));
}

const TEAM = [joined(1, 'p-ana'), joined(2, 'p-bot', 'llm_context'), heartbeat(3, 'p-ana'), focus(4, 'p-ana', 'wp', 'WP03'), focus(5, 'p-bot', 'wp', 'WP03')];
const MALLORY = envelope(6, 'CommentPosted', { participant_id: 'p-mallory', mission_id: 'M042', comment_id: 'c-9', content: 'hi' });

describe('reduce: the bundled example (what npm start prints)', () => {
  it('prints a readable summary of every section and exits 0', async () => {
    const r = await cli(['reduce', 'examples/mission.jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('Mission M-2026-017 · software-dev · active');
    expect(out).toContain('phases entered: specify → plan → tasks → implement → review → implement → review');
    expect(out).toMatch(/WP03\s+done/);
    expect(out).toMatch(/WP04\s+in_progress/);
    expect(out).toMatch(/WP06\s+planned/);
    expect(out).toContain('Participants (3)');
    expect(out).toMatch(/p-ana\s+human\s+Ana Duarte/);
    expect(out).toMatch(/p-claude-impl\s+llm_context\s+Claude \(implementer\)/);
    expect(out).toContain('warn-001  ConcurrentDriverWarning  participants: p-ana, p-claude-impl');
    expect(out).toContain('acknowledged: p-ana → continue, p-claude-impl → hold');
    expect(out).toContain('awaiting: p-claude-impl');
    expect(out).toContain('dec-001  by p-ana: "Who finishes WP03?"');
    expect(out).toMatch(/Comment threads \(\d+ threads, \d+ comments\)/);
    expect(out).toContain('└ c-002 p-claude-rev:');
    expect(out).toContain('Anomalies (1)');
    expect(out).toMatch(/\[lifecycle\] \S+ WPStatusChanged: WP WP05: payload validation failed: .*to_lane/);
    expect(out).toContain('collaboration mode permissive');
  });

  it('--json --reducer X prints exactly the library reducer’s toDict()', async () => {
    const events = exampleEvents();
    const collab = await cli(['reduce', EXAMPLE, '--reducer', 'collaboration', '--json']);
    expect(collab.code).toBe(0);
    expect(JSON.parse(collab.stdout)).toEqual(reduceCollaborationEvents(events, { mode: 'permissive' }).toDict());
    const status = await cli(['reduce', EXAMPLE, '--reducer', 'status', '--json']);
    expect(JSON.parse(status.stdout)).toEqual(reduceStatusEvents(events).toDict());
    const lifecycle = await cli(['reduce', EXAMPLE, '--reducer', 'lifecycle', '--json']);
    expect(JSON.parse(lifecycle.stdout)).toEqual(reduceLifecycleEvents(events).toDict());
  });

  it('--json with the default reducer (all) holds the three states', async () => {
    const r = await cli(['reduce', EXAMPLE, '--json']);
    expect(r.code).toBe(0);
    const all = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(all)).toEqual(['status', 'lifecycle', 'collaboration']);
    expect(all.lifecycle!.mission_id).toBe('M-2026-017');
    expect(all.collaboration!.mission_id).toBe('M-2026-017');
  });

  it('--max-items limits each section', async () => {
    const r = await cli(['reduce', EXAMPLE, '--max-items', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/… 5 more \(--json prints everything/);
    expect((await cli(['reduce', EXAMPLE, '--max-items', 'lots'])).code).toBe(2);
  });
});

describe('reduce: strict and permissive modes', () => {
  it('strict: an unknown participant is reported with the event that caused it, exit 1', async () => {
    const file = writeFile(dir, 'mallory.jsonl', jsonl([...TEAM, MALLORY]));
    const r = await cli(['reduce', file, '--reducer', 'collaboration', '--mode', 'strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `error: line 6 (CommentPosted ${eventId(6)}): Unknown participant 'p-mallory' in event ${eventId(6)} (type=CommentPosted). Not in mission roster.`,
    );
    expect(r.stderr).toContain('--mode permissive');
  });

  it('strict with --reducer all fails the same way', async () => {
    const file = writeFile(dir, 'mallory-all.jsonl', jsonl([...TEAM, MALLORY]));
    const r = await cli(['reduce', file, '--mode', 'strict', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Unknown participant 'p-mallory'");
  });

  it('permissive (the CLI default) records the same event as an anomaly, exit 0', async () => {
    const file = writeFile(dir, 'mallory-permissive.jsonl', jsonl([...TEAM, MALLORY]));
    const r = await cli(['reduce', file, '--reducer', 'collaboration']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`[collaboration] ${eventId(6)} CommentPosted: Unknown participant 'p-mallory'`);
    expect(r.stdout).toContain('wp:WP03 ← p-ana, p-bot');
  });

  it('strict with a --roster that seeds the participant succeeds', async () => {
    const roster = writeFile(dir, 'roster.json', JSON.stringify({ 'p-mallory': { participant_id: 'p-mallory', participant_type: 'human' } }));
    const file = writeFile(dir, 'mallory-roster.jsonl', jsonl([...TEAM, MALLORY]));
    const r = await cli(['reduce', file, '--reducer', 'collaboration', '--mode', 'strict', '--roster', roster, '--json']);
    expect(r.code).toBe(0);
    const state = JSON.parse(r.stdout) as { participants: Record<string, unknown>; comments: unknown[]; anomalies: unknown[] };
    expect(Object.keys(state.participants)).toEqual(['p-mallory', 'p-ana', 'p-bot']);
    expect(state.comments).toHaveLength(1);
    expect(state.anomalies).toEqual([]);
  });

  it('accepts a roster given as an array of identities', async () => {
    const roster = writeFile(dir, 'roster-array.json', JSON.stringify([{ participant_id: 'p-mallory', participant_type: 'llm_context' }]));
    const file = writeFile(dir, 'mallory-roster2.jsonl', jsonl([MALLORY]));
    const r = await cli(['reduce', file, '--reducer', 'collaboration', '--mode', 'strict', '--roster', roster, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).participants['p-mallory'].participant_type).toBe('llm_context');
  });

  it('an invalid or missing roster is a usage error (exit 2) naming the field', async () => {
    const bad = writeFile(dir, 'roster-bad.json', JSON.stringify({ 'p-x': { participant_id: 'p-x', participant_type: 'robot' } }));
    const r = await cli(['reduce', EXAMPLE, '--roster', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("p-x.participant_type: Input should be 'human' or 'llm_context' [literal_error]");
    const missing = await cli(['reduce', EXAMPLE, '--roster', 'no-roster.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read roster 'no-roster.json': no such file or directory");
    const notJson = await cli(['reduce', EXAMPLE, '--roster', writeFile(dir, 'roster-text.json', 'nope')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('is not valid JSON');
  });

  it('rejects an unknown --mode or --reducer (exit 2)', async () => {
    const mode = await cli(['reduce', EXAMPLE, '--mode', 'lenient']);
    expect(mode.code).toBe(2);
    expect(mode.stderr).toContain("argument 'lenient' is invalid");
    expect((await cli(['reduce', EXAMPLE, '--reducer', 'everything'])).code).toBe(2);
  });
});

describe('reduce: input problems', () => {
  it('reports malformed lines and invalid envelopes on stderr, skips them, and still exits 0', async () => {
    const badEnvelope = { ...heartbeat(7, 'p-ana'), lamport_clock: 'soon' };
    const text = `${jsonl(TEAM)}{"truncated": \n${JSON.stringify(badEnvelope)}\n`;
    const file = writeFile(dir, 'skips.jsonl', text);
    const r = await cli(['reduce', file, '--reducer', 'collaboration']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^skipped line 6: <json>: .+ \[json_invalid\]$/m);
    expect(r.stderr).toContain(
      `skipped line 7 (PresenceHeartbeat ${eventId(7)}): lamport_clock: Input should be a valid integer, unable to parse string as an integer [int_parsing], got "soon"`,
    );
    expect(r.stdout).toContain('7 records, 5 events reduced, 2 skipped (reported on stderr)');
  });

  it('reads stdin', async () => {
    const r = await cli(['reduce', '-', '--reducer', 'collaboration', '--json'], { stdin: jsonl(TEAM) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).event_count).toBe(5);
  });

  it('reads a JSON array', async () => {
    const file = writeFile(dir, 'team.json', JSON.stringify(TEAM, null, 2));
    const r = await cli(['reduce', file, '--reducer', 'collaboration', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).active_drivers).toEqual([]);
    expect(Object.keys(JSON.parse(r.stdout).focus_by_participant)).toEqual(['p-ana', 'p-bot']);
  });

  it('an empty file gives the empty state (exit 0)', async () => {
    const file = writeFile(dir, 'empty.jsonl', '');
    const r = await cli(['reduce', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mission: none started');
    expect(r.stdout).toContain('Work packages (0)');
    expect(r.stdout).toContain('0 records, 0 events reduced');
    const json = await cli(['reduce', file, '--reducer', 'status', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ wp_states: {}, anomalies: [], event_count: 0, last_processed_event_id: null });
  });

  it('a hard failure of a reducer exits 1 with its reason (CommentPosted whose content is null)', async () => {
    const broken = envelope(6, 'CommentPosted', { participant_id: 'p-ana', mission_id: 'M042', comment_id: 'c-1', content: null });
    const file = writeFile(dir, 'hard-failure.jsonl', jsonl([...TEAM, broken]));
    const r = await cli(['reduce', file, '--reducer', 'collaboration']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: the collaboration reducer failed: ValidationError: /);
    expect(r.stderr).toContain('content');
  });

  it('--reducer status prints the lanes and the status anomalies only', async () => {
    const r = await cli(['reduce', EXAMPLE, '--reducer', 'status']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Work packages (6)');
    expect(r.stdout).toMatch(/\[status\] \S+ WP WP05: payload validation failed: /);
    expect(r.stdout).not.toContain('Participants');
    expect(r.stdout).not.toContain('Mission M-2026-017');
  });

  it('escapes control characters from the log instead of sending them to the terminal', async () => {
    const evil = envelope(6, 'Evil\u001b[2JType', { participant_id: 'p-ana' });
    const file = writeFile(dir, 'evil.jsonl', jsonl([...TEAM, evil, { ...heartbeat(7, 'p-ana'), event_type: 'Bad\u0007', lamport_clock: -5 }]));
    const r = await cli(['reduce', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped line 7 (Bad\\x07 ');
    expect(r.stderr).not.toContain('\u0007');
    const v = await cli(['validate', file]);
    expect(v.stdout).toContain('Evil\\x1b[2JType');
    expect(v.stdout).not.toContain('\u001b');
  });

  it('a missing file exits 2', async () => {
    const r = await cli(['reduce', 'missing.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: cannot read 'missing.jsonl': no such file or directory\n");
  });
});

describe('reduce: event order in the file', () => {
  it('a reversed log reduces to the same state (the events are handed to the reducers at once and sorted once)', async () => {
    const dir = tempDir();
    try {
      const lines = fs.readFileSync(EXAMPLE, 'utf8').trimEnd().split('\n');
      const reversed = writeFile(dir, 'reversed.jsonl', `${lines.reverse().join('\n')}\n`);
      const inOrder = await cli(['reduce', EXAMPLE, '--json']);
      const backwards = await cli(['reduce', reversed, '--json']);
      expect(backwards.code).toBe(0);
      expect(backwards.stdout).toBe(inOrder.stdout);
    } finally {
      cleanupTemp(dir);
    }
  });
});
