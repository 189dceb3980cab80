/**
 * The committed benchmark data (bench/data/, made by scripts/bench/make_bench_data.py with the
 * Python reference) is what `npm run bench` claims it is: the reference's own 10k collaboration
 * workload, which the port reduces to the counts the reference gave, and a validation corpus
 * on which the port's verdicts are the reference's, item by item. No timing here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Event, ParticipantIdentity, reduceCollaborationEvents } from '../../src/v2';
import { validateEvent as validateEvent21 } from '../../src/v2/conformance';
import { validateEvent as validateEvent61 } from '../../src/conformance';

const DATA = path.join(__dirname, '..', '..', 'bench', 'data');
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));

interface Workload {
  expected: { event_count: number; anomalies: number; participants: number };
  roster: Record<string, unknown>;
  events: unknown[];
}
interface CorpusItem {
  v: '2.1.0' | '6.1.0';
  t: string;
  p: unknown;
  ok: boolean;
}
interface Corpus {
  counts: Record<string, number>;
  valid: number;
  items: CorpusItem[];
}

describe('bench/data', () => {
  it('collaboration-10k.json: 10,000 events the port reduces as the reference did', () => {
    const workload = read('collaboration-10k.json') as Workload;
    expect(workload.events).toHaveLength(10_000);
    const roster = new Map(Object.entries(workload.roster).map(([id, identity]) => [id, ParticipantIdentity.fromDict(identity)] as const));
    expect(roster.size).toBe(50);
    const events = workload.events.map((e) => Event.fromDict(e));
    const state = reduceCollaborationEvents(events, { mode: 'permissive', roster });
    expect(state.event_count).toBe(workload.expected.event_count);
    expect(state.anomalies).toHaveLength(workload.expected.anomalies);
    expect(state.participants.size).toBe(workload.expected.participants);
  });

  it('validate-corpus.json: mixed payloads of both versions, the port agrees with every verdict', () => {
    const corpus = read('validate-corpus.json') as Corpus;
    expect(corpus.items.length).toBeGreaterThan(3000);
    const valid = corpus.items.filter((item) => item.ok).length;
    expect(valid).toBe(corpus.valid);
    expect(valid).toBeGreaterThan(0);
    expect(valid).toBeLessThan(corpus.items.length);
    const disagreements = corpus.items
      .map((item, index) => {
        const result = item.v === '2.1.0' ? validateEvent21(item.p, item.t as never) : validateEvent61(item.p, item.t as never);
        return result.valid === item.ok ? null : `#${index} ${item.v} ${item.t}: port ${result.valid}, reference ${item.ok}`;
      })
      .filter((line) => line !== null);
    expect(disagreements).toEqual([]);
  });
});
