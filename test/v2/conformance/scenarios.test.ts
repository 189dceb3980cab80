/**
 * Scenario fixtures (fixtures/scenarios/FORMAT.md): every scenario of the manifest replayed
 * through its reducer; `toDict()` (as JSON) must equal `expected`, or the reducer must throw
 * the expected error. Scenarios are discovered from the manifest; a folder on disk without
 * a manifest entry fails.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadFixtures, loadScenarios, validateEvent, type ScenarioCase } from '../../../src/v2/conformance';
import { FIXTURES_DIR, readManifest, SCENARIO_EVENT_TYPE } from '../../../src/v2/conformance/fixtures';
import { ParticipantIdentity, reduceCollaborationEvents } from '../../../src/v2/collaboration';
import { Event } from '../../../src/v2/envelope/event';
import { reduceLifecycleEvents } from '../../../src/v2/lifecycle';
import { reduceStatusEvents } from '../../../src/v2/status';

const SCENARIO_DIR = path.join(FIXTURES_DIR, 'scenarios');
const folders = fs
  .readdirSync(SCENARIO_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const scenarios = loadScenarios();

function replay(scenario: ScenarioCase): { toDict(): unknown } {
  const events = scenario.events.map((line) => Event.fromDict(line));
  switch (scenario.reducer) {
    case 'status':
      return reduceStatusEvents(events);
    case 'lifecycle':
      return reduceLifecycleEvents(events);
    case 'collaboration': {
      const roster =
        scenario.options.roster === undefined
          ? undefined
          : new Map(Object.entries(scenario.options.roster).map(([id, dict]) => [id, ParticipantIdentity.fromDict(dict)] as const));
      return reduceCollaborationEvents(events, {
        ...(scenario.options.mode === undefined ? {} : { mode: scenario.options.mode }),
        ...(roster === undefined ? {} : { roster }),
      });
    }
  }
}

describe('scenario manifest entries', () => {
  it('every scenario folder on disk has exactly one manifest entry, and every entry its folder', () => {
    const entries = readManifest().filter((entry) => entry.path.startsWith('scenarios/'));
    expect(entries.map((entry) => entry.path.split('/')[1]).sort()).toEqual(folders);
    for (const entry of entries) {
      expect(entry.path).toMatch(/^scenarios\/[a-z0-9_]+\/events\.jsonl$/);
      expect(entry.event_type).toBe(SCENARIO_EVENT_TYPE);
      expect(entry.min_version).toBe('2.1.0');
      expect(['valid', 'invalid']).toContain(entry.expected_result);
      expect(entry.notes.length).toBeGreaterThan(0);
    }
  });

  it('every folder holds events.jsonl and expected.json', () => {
    for (const folder of folders) {
      expect(fs.existsSync(path.join(SCENARIO_DIR, folder, 'events.jsonl'))).toBe(true);
      expect(fs.existsSync(path.join(SCENARIO_DIR, folder, 'expected.json'))).toBe(true);
    }
  });

  it('loadFixtures("scenarios") gives frozen cases holding the events and expected.json', () => {
    const cases = loadFixtures('scenarios');
    expect(cases).toHaveLength(folders.length);
    for (const fixture of cases) {
      expect(Object.isFrozen(fixture)).toBe(true);
      expect(fixture.eventType).toBe(SCENARIO_EVENT_TYPE);
      const payload = fixture.payload as { events: unknown[]; expected: Record<string, unknown> };
      expect(Array.isArray(payload.events)).toBe(true);
      expect(payload.events.length).toBeGreaterThan(0);
      expect(['status', 'lifecycle', 'collaboration']).toContain(payload.expected['reducer']);
      expect(fixture.expectedValid).toBe(!('expected_error' in payload.expected));
    }
    expect(() => validateEvent({}, SCENARIO_EVENT_TYPE)).toThrow(RangeError);
  });

  it('loadScenarios types each scenario', () => {
    expect(scenarios.map((s) => s.name).sort()).toEqual(folders);
    for (const scenario of scenarios) {
      expect(Object.isFrozen(scenario)).toBe(true);
      expect((scenario.expected === null) !== (scenario.expectedError === null)).toBe(true);
    }
  });
});

const describeScenarios = scenarios.length > 0 ? describe.each(scenarios.map((scenario) => [scenario.name, scenario] as const)) : null;

describeScenarios?.('scenario %s', (_name, scenario) => {
  it('holds valid Event envelopes only', () => {
    for (const line of scenario.events) {
      const result = validateEvent(line, 'Event');
      expect({ line, model: result.modelViolations, schema: result.schemaViolations }).toEqual({ line, model: [], schema: [] });
    }
  });

  if (scenario.expectedError === null) {
    it(`replays through the ${scenario.reducer} reducer to the expected toDict()`, () => {
      const result = replay(scenario);
      expect(JSON.parse(JSON.stringify(result.toDict()))).toEqual(scenario.expected);
    });
  } else {
    const expected = scenario.expectedError;
    it(`throws ${expected.name} from the ${scenario.reducer} reducer`, () => {
      let caught: unknown;
      try {
        replay(scenario);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(Error);
      expect({ name: (caught as Error).name, message: (caught as Error).message }).toEqual(expected);
    });
  }
});
