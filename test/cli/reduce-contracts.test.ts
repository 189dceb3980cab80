/** `reduce` over the reducer table: 6.1.0 logs, mixed logs (per contract) and --contract. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reduceConnectorEvents } from '../../src/connector';
import { Event } from '../../src/envelope/event';
import { REDUCER_TABLE, rowsFor } from '../../src/cli/reducers';
import { reduceSyncEvents } from '../../src/sync';
import { cleanupTemp, cli, EXAMPLE, tempDir, writeFile } from './helpers';

jest.setTimeout(60_000);

const FIXTURES = path.join(__dirname, '..', '..', 'src', 'conformance', 'fixtures');
const CONNECTOR_LOG = path.join(FIXTURES, 'connector', 'replay', 'connector-lifecycle-full.jsonl');
const SYNC_LOG = path.join(FIXTURES, 'sync', 'replay', 'sync-ingest-lifecycle.jsonl');
const events61 = (file: string): Event[] => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => Event.fromDict(JSON.parse(l)));

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanupTemp(dir));

describe('the reducer table', () => {
  it('holds every 6.1.0 reducer of the root and the three of 2.1.0, names unique per contract', () => {
    expect(rowsFor('all', '6.1.0').map((r) => r.name)).toEqual(expect.arrayContaining(['status', 'lifecycle', 'collaboration', 'glossary', 'mission-next', 'decision-point', 'dossier', 'mission-audit', 'connector', 'sync']));
    expect(rowsFor('all', '2.1.0').map((r) => r.name)).toEqual(['status', 'lifecycle', 'collaboration']);
    for (const contract of ['2.1.0', '6.1.0'] as const) {
      const names = REDUCER_TABLE.filter((r) => r.contract === contract).map((r) => r.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('reduce on 6.1.0 logs', () => {
  it('--reducer connector --json prints the function result', async () => {
    const r = await cli(['reduce', CONNECTOR_LOG, '--reducer', 'connector', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(reduceConnectorEvents(events61(CONNECTOR_LOG)).toDict())));
  });

  it('all runs every 6.1.0 reducer and the text summary names the new ones', async () => {
    const r = await cli(['reduce', SYNC_LOG]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nSync\n');
    expect(r.stdout).toContain('  outcome_log: 7 items');
    expect(r.stdout).toContain('\nConnector\n');
    const json = JSON.parse((await cli(['reduce', SYNC_LOG, '--json'])).stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(rowsFor('all', '6.1.0').map((row) => row.name).sort());
    expect(json['sync']).toEqual(JSON.parse(JSON.stringify(reduceSyncEvents(events61(SYNC_LOG)).toDict())));
  });

  it('a reducer that does not exist for the contract of the events is a clear error (exit 1)', async () => {
    const r = await cli(['reduce', EXAMPLE, '--reducer', 'glossary']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: the glossary reducer does not exist for contract 2.1.0');
  });
});

describe('reduce on a mixed log', () => {
  it('auto reduces each contract with its own reducers; --json is keyed by contract', async () => {
    const file = writeFile(dir, 'mixed.jsonl', fs.readFileSync(SYNC_LOG, 'utf8') + fs.readFileSync(EXAMPLE, 'utf8'));
    const r = await cli(['reduce', file, '--json', '-q']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json)).toEqual(['2.1.0', '6.1.0']);
    expect(Object.keys(json['2.1.0']!)).toEqual(['status', 'lifecycle', 'collaboration']);
    expect(json['6.1.0']!['sync']).toEqual(JSON.parse(JSON.stringify(reduceSyncEvents(events61(SYNC_LOG)).toDict())));
    const text = await cli(['reduce', file, '-q']);
    expect(text.stdout).toContain('== contract 2.1.0 (');
    expect(text.stdout).toContain('== contract 6.1.0 (');
  });

  it('--contract 6.1.0 reads every line as 6.1.0: the 2.1.0 lines are skipped and reported', async () => {
    const file = writeFile(dir, 'mixed2.jsonl', fs.readFileSync(SYNC_LOG, 'utf8') + fs.readFileSync(EXAMPLE, 'utf8'));
    const r = await cli(['reduce', file, '--contract', '6.1.0', '--reducer', 'sync', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped');
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(reduceSyncEvents(events61(SYNC_LOG)).toDict())));
  });
});
