/**
 * Replays the reference's reducer-output fixtures (fixture_type `reducer_output`): each output
 * file `<stream>[_<reducer>]_output.json` is the reference reducer's `model_dump(mode="json")`
 * over the replay stream `<stream>.jsonl` beside it. Frozensets are dumped in Python's hash
 * order, so set-valued fields listed by the caller are compared sorted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR, readManifest } from '../../src/conformance/fixtures';
import { Event } from '../../src/envelope/event';
import { asJson } from './golden-6';

export interface OutputFixture {
  readonly id: string;
  readonly outputPath: string;
  readonly streamPath: string;
}

/** The manifest's reducer-output entries for one state model (the manifest's `event_type`). */
export function outputFixtures(stateName: string): readonly OutputFixture[] {
  return readManifest()
    .filter((entry) => entry.fixture_type === 'reducer_output' && entry.event_type === stateName)
    .map((entry) => {
      const dir = path.dirname(entry.path);
      const base = path.basename(entry.path).replace(/(_[a-z]+)?_output\.json$/, '');
      const candidates = [path.join(dir, `${base}.jsonl`), path.join(dir, `${path.basename(entry.path).replace(/_output\.json$/, '')}.jsonl`)];
      const streamPath = candidates.find((candidate) => fs.existsSync(path.join(FIXTURES_DIR, candidate)));
      if (streamPath === undefined) throw new Error(`no replay stream for ${entry.path}`);
      return { id: entry.id, outputPath: entry.path, streamPath };
    });
}

/** The events of a replay stream, parsed as 6.1.0 envelopes. */
export function streamEvents(streamPath: string): Event[] {
  return fs
    .readFileSync(path.join(FIXTURES_DIR, streamPath), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => Event.fromDict(JSON.parse(line)));
}

function sortSets(value: unknown, setFields: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of setFields) {
    const items = out[field];
    if (Array.isArray(items)) out[field] = [...items].map((item) => JSON.stringify(item)).sort().map((text) => JSON.parse(text) as unknown);
  }
  return out;
}

/** The expected output and what `toDict()` gives, both as JSON with set fields sorted. */
export function compareOutput(fixture: OutputFixture, state: { toDict(): unknown }, setFields: readonly string[] = []): { got: unknown; want: unknown } {
  const want = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, fixture.outputPath), 'utf8')) as unknown;
  return { got: sortSets(asJson(state.toDict()), setFields), want: sortSets(want, setFields) };
}
