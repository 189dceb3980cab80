/**
 * The typed registry (issue 10 item 6): `payloadClassFor` typed through the generated maps of
 * src/registry/payload-types.ts, which must name every registered event type of both
 * contracts (regenerate with `npx ts-node --transpile-only scripts/build-payload-types.ts`).
 * The type-level assertions below are checked by `npm run typecheck` (tsconfig includes test/).
 */
import * as fs from 'node:fs';
import * as root from '../../src';
import { registryFor } from '../../src/registry';
import { validateEvent } from '../../src/conformance';
import { loadFixtures } from '../../src/conformance';
import { PAYLOAD_TYPES_FILE, eventPayloadClasses, renderPayloadTypes } from '../../scripts/build-payload-types';
import type { EventPayloadTypes, V2EventPayloadTypes } from '../../src/registry/payload-types';

/** Compile-time equality of two types. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typeIs = <T extends true>(value: T): T => value;

describe('the event type -> payload class maps', () => {
  it('src/registry/payload-types.ts is what the registries generate (complete, nothing stale)', () => {
    expect(fs.readFileSync(PAYLOAD_TYPES_FILE, 'utf8')).toBe(renderPayloadTypes());
  });

  it.each(['6.1.0', '2.1.0'] as const)('%s: one row per registered event type', (version) => {
    const rows = eventPayloadClasses(version);
    expect(rows.map(([eventType]) => eventType)).toEqual(registryFor(version).registeredEventTypes());
    expect(rows.length).toBeGreaterThan(20);
  });
});

describe('payloadClassFor', () => {
  it('returns the registered 6.1.0 class, typed for known names', () => {
    const cls = root.payloadClassFor('BuildHeartbeat');
    expect(cls).toBe(root.BuildHeartbeatPayload);
    const payload = cls.fromDict({ ahead_of_remote: 2 });
    // Typed: a BuildHeartbeatPayload, so its fields are visible without casts.
    const ahead: number | null = payload.ahead_of_remote;
    expect(ahead).toBe(2);
    typeIs<Equal<ReturnType<typeof root.payloadClassFor<'Event'>>, typeof root.Event>>(true);
    typeIs<Equal<root.PayloadOf<'BuildHeartbeat'>, root.BuildHeartbeatPayload>>(true);
    for (const eventType of root.knownEventTypes()) expect(root.payloadClassFor(eventType)).toBe(registryFor('6.1.0').classForEventType(eventType));
  });

  it('any other string gives the class or undefined (no throw)', () => {
    const name: string = 'NotAnEvent';
    expect(root.payloadClassFor(name)).toBeUndefined();
    // Compiled, not run: the unknown-name overload may be undefined.
    // @ts-expect-error: possibly undefined
    const unchecked = (): unknown => root.payloadClassFor(name).fromDict({});
    expect(typeof unchecked).toBe('function');
  });

  it('validateEvent and loadFixtures take the known names and any string', () => {
    expect(validateEvent({}, 'BuildHeartbeat').valid).toBe(true);
    const fromWire: string = 'BuildHeartbeat';
    expect(validateEvent({}, fromWire).valid).toBe(true);
    expect(loadFixtures('events').length).toBeGreaterThan(0);
    const known: keyof EventPayloadTypes = 'Event';
    const knownV2: keyof V2EventPayloadTypes = 'FocusChanged';
    expect([known, knownV2]).toEqual(['Event', 'FocusChanged']);
    // @ts-expect-error: not a 6.1.0 event type name
    const wrong: root.KnownEventType = 'FocusChangedd';
    void wrong;
  });
});

describe('WireShape / toWire', () => {
  it('types toDict() by the model fields', () => {
    const payload = root.BuildHeartbeatPayload.fromDict({ recent_commits: ['a'], remote_head: 'h' });
    const wire = root.toWire(payload);
    const commits: readonly string[] | null = wire.recent_commits;
    const remote: string | null = wire.remote_head;
    expect([commits, remote]).toEqual([['a'], 'h']);
    expect(wire).toEqual(payload.toDict());
    typeIs<Equal<keyof root.WireShape<root.BuildHeartbeatPayload>, 'repo_slug' | 'git_branch' | 'head_commit_sha' | 'remote_head' | 'ahead_of_remote' | 'behind_remote' | 'recent_commits'>>(true);
    typeIs<Equal<root.WireValue<root.PyDateTime>, string>>(true);
    typeIs<Equal<root.WireValue<ReadonlyMap<string, number>>, Readonly<Record<string, number>>>>(true);
    typeIs<Equal<root.WireValue<ReadonlySet<string>>, readonly string[]>>(true);
  });
});
