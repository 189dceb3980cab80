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
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, '../golden/lone-surrogates-2.1.0.json'), 'utf8')) as {
  readonly cases: readonly Case[];
};

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

describe.each(golden.cases.map((c) => [`${c.name} ${JSON.stringify(c.key)}`, c]))('%s', (_name, c) => {
  const events = c.events.map((e) => Event.fromDict(e));
  const dump = (): Record<string, unknown> =>
    c.kind === 'event' ? events[0]!.toDict() : reduceCollaborationEvents(events).toDict();

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
