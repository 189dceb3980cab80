/**
 * Issue 9 item 22: lone surrogates in dict keys, as the reference's `model_dump(mode="json")`
 * writes them (golden data: scripts/golden/lone-surrogates.py). A typed dict key (`IsMapOf`
 * fields of reducer states, the top-level keys of `Event.payload`) is written with three
 * U+FFFD per lone surrogate; values and set members keep theirs; a key nested inside
 * `Event.payload` makes the dump fail (ValidationError here, UnicodeEncodeError there).
 */
import * as fs from 'fs';
import * as path from 'path';
import { dumpedDictKey } from '../../src/conventions';
import { reduceCollaborationEvents as reduceCollaboration61 } from '../../src/collaboration';
import { Event as Event61 } from '../../src/envelope/event';
import { Event, reduceCollaborationEvents, ValidationError } from '../../src/v2';

interface Case {
  readonly kind: 'event' | 'collaboration';
  readonly name: string;
  readonly key: string;
  readonly events: readonly Record<string, unknown>[];
  readonly ok: boolean;
  readonly dump?: Record<string, unknown>;
  readonly error?: string;
}
/** Both contracts: the 2.1.0 envelope and collaboration reducer, and the 6.1.0 ones (golden data per version). */
const VERSIONS = [
  { version: '2.1.0', parse: (e: unknown) => Event.fromDict(e), reduce: (events: never[]) => reduceCollaborationEvents(events) },
  { version: '6.1.0', parse: (e: unknown) => Event61.fromDict(e), reduce: (events: never[]) => reduceCollaboration61(events) },
] as const;
const goldenOf = (version: string): { readonly cases: readonly Case[] } =>
  JSON.parse(fs.readFileSync(path.join(__dirname, `../golden/lone-surrogates-${version}.json`), 'utf8')) as { readonly cases: readonly Case[] };
const CASES = VERSIONS.flatMap((v) => goldenOf(v.version).cases.map((c) => [`${v.version} ${c.name} ${JSON.stringify(c.key)}`, c, v] as const));

/** Sets are rendered sorted here and in hash order by the reference: compare them sorted. */
function canonical(state: Record<string, unknown>): Record<string, unknown> {
  const drivers = state['active_drivers'];
  return Array.isArray(drivers) ? { ...state, active_drivers: [...(drivers as string[])].sort() } : state;
}

describe('dumpedDictKey', () => {
  it('writes each lone surrogate as three U+FFFD and leaves pairs alone', () => {
    expect(dumpedDictKey('plain')).toBe('plain');
    expect(dumpedDictKey('ok\u{1F600}')).toBe('ok\u{1F600}');
    expect(dumpedDictKey('p\ud800x')).toBe('p\ufffd\ufffd\ufffdx');
    expect(dumpedDictKey('x\udc00\ud800y')).toBe('x' + '\ufffd'.repeat(6) + 'y');
  });
});

describe.each(CASES)('%s', (_name, c, v) => {
  const events = c.events.map((e) => v.parse(e));
  const dump = (): Record<string, unknown> => (c.kind === 'event' ? events[0]!.toDict() : v.reduce(events as never[]).toDict());

  if (c.ok) {
    it('dumps as the reference does', () => {
      const out = dump();
      if (c.kind === 'event') expect(out['payload']).toEqual(c.dump!['payload']);
      else expect(canonical(out)).toEqual(canonical(c.dump!));
    });
  } else {
    it('fails where the reference fails', () => {
      expect(c.error).toBe('UnicodeEncodeError');
      expect(dump).toThrow(ValidationError);
      expect(dump).toThrow(/lone surrogate/);
    });
  }
});
