/**
 * The shipped collaboration scenarios (src/conformance/fixtures/scenarios/collaboration_*):
 * each is a worked example of COLLABORATION.md §9, delivered out of order, and replays to
 * exactly the documented output or error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ParticipantIdentity, reduceCollaborationEvents, type CollaborationReduceOptions } from '../../../src/v2/collaboration';
import { Event } from '../../../src/v2/envelope/event';
import { SCENARIO_EXAMPLES, envelope } from './examples';

const ROOT = path.join(__dirname, '../../../src/v2/conformance/fixtures/scenarios');

interface ScenarioSpec {
  reducer: string;
  options: { mode?: 'strict' | 'permissive'; roster?: Record<string, unknown> };
  expected?: unknown;
  expected_error?: { name: string; message: string };
}

function load(name: string): { events: unknown[]; spec: ScenarioSpec } {
  const dir = path.join(ROOT, name);
  const events = fs
    .readFileSync(path.join(dir, 'events.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
  const spec = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as ScenarioSpec;
  return { events, spec };
}

function optionsOf(spec: ScenarioSpec): CollaborationReduceOptions {
  const roster = spec.options.roster;
  return {
    ...(spec.options.mode !== undefined ? { mode: spec.options.mode } : {}),
    ...(roster !== undefined ? { roster: Object.fromEntries(Object.entries(roster).map(([id, dict]) => [id, ParticipantIdentity.fromDict(dict)])) } : {}),
  };
}

describe('collaboration scenarios', () => {
  it('ships exactly the five collaboration scenarios', () => {
    const names = fs.readdirSync(ROOT).filter((name) => name.startsWith('collaboration_')).sort();
    expect(names).toEqual(SCENARIO_EXAMPLES.map((e) => e.name).sort());
  });

  describe.each(SCENARIO_EXAMPLES.map((e) => [e.name, e] as const))('%s', (name, example) => {
    const { events, spec } = load(name);

    it('holds the worked example: every event of its table, delivered out of order', () => {
      const expectedLines = example.rows.map((row) => envelope(row));
      expect([...events].sort((a, b) => ((a as { event_id: string }).event_id < (b as { event_id: string }).event_id ? -1 : 1))).toEqual(expectedLines);
      expect(events).not.toEqual(expectedLines);
      expect(spec.reducer).toBe('collaboration');
      expect(spec.options).toEqual(example.options);
      if (example.expectedError !== undefined) {
        expect(spec.expected_error).toEqual(example.expectedError);
        expect(spec).not.toHaveProperty('expected');
      } else {
        expect(spec.expected).toEqual(example.expected);
        expect(spec).not.toHaveProperty('expected_error');
      }
    });

    it('every line is a valid Event', () => {
      for (const line of events) expect(Event.safeFromDict(line).ok).toBe(true);
    });

    it('replays to the expected output or error', () => {
      const run = (): unknown => reduceCollaborationEvents(events.map((line) => Event.fromDict(line)), optionsOf(spec)).toDict();
      if (spec.expected_error !== undefined) {
        let error: Error | null = null;
        try {
          run();
        } catch (e) {
          error = e as Error;
        }
        expect(error).not.toBeNull();
        expect(error!.name).toBe(spec.expected_error.name);
        expect(error!.message).toBe(spec.expected_error.message);
      } else {
        expect(run()).toEqual(spec.expected);
      }
    });
  });
});
