/**
 * Issue 9 item 15 and issue 10 item 4: results are immutable for real and never shared, and
 * `JSON.stringify(model)` writes `toDict()` for every model.
 */
import 'reflect-metadata';
import { FrozenMap, FrozenSet, isMapLike, isSetLike } from '../../src/conventions';
import { registryEntries } from '../../src/v2/registry';
import { constructModel, WireModel } from '../../src/validation';
import {
  Event,
  ParticipantIdentity,
  reduceCollaborationEvents,
  reduceLifecycleEvents,
  reduceStatusEvents,
  CollaborationReducer,
  StatusReducer,
} from '../../src/v2';
import { minimalPayloads } from '../v2/conformance/minimal-payloads';

describe('FrozenSet / FrozenMap are read-only views', () => {
  it('cannot be changed through the built-in prototype methods', () => {
    const map = new FrozenMap([['a', 1]]);
    const set = new FrozenSet(['a']);
    expect(() => Map.prototype.set.call(map, 'b', 2)).toThrow(TypeError);
    expect(() => Map.prototype.delete.call(map, 'a')).toThrow(TypeError);
    expect(() => Map.prototype.clear.call(map)).toThrow(TypeError);
    expect(() => Set.prototype.add.call(set, 'b')).toThrow(TypeError);
    expect(() => Set.prototype.delete.call(set, 'a')).toThrow(TypeError);
    expect(() => Set.prototype.clear.call(set)).toThrow(TypeError);
    expect([...map]).toEqual([['a', 1]]);
    expect([...set]).toEqual(['a']);
  });

  it('have no mutators, are frozen, and hand callbacks the view', () => {
    const map = new FrozenMap([['a', 1]]);
    const set = new FrozenSet(['a']);
    expect((map as unknown as { set?: unknown }).set).toBeUndefined();
    expect((set as unknown as { add?: unknown }).add).toBeUndefined();
    expect(Object.isFrozen(map) && Object.isFrozen(set)).toBe(true);
    expect(() => Object.defineProperty(map, 'set', { value: () => map })).toThrow(TypeError);
    const seen: unknown[] = [];
    map.forEach((_v, _k, owner) => seen.push(owner));
    set.forEach((_v, _k, owner) => seen.push(owner));
    expect(seen[0]).toBe(map);
    expect(seen[1]).toBe(set);
  });

  it('keep the read API: get, has, size, keys, values, entries, iteration', () => {
    const map = new FrozenMap([
      ['b', 2],
      ['a', 1],
    ]);
    expect(map.get('a')).toBe(1);
    expect(map.has('b')).toBe(true);
    expect(map.size).toBe(2);
    expect([...map.keys()]).toEqual(['b', 'a']);
    expect([...map.values()]).toEqual([2, 1]);
    expect([...map.entries()]).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
    const set = new FrozenSet([3, 1, 3]);
    expect(set.size).toBe(2);
    expect([...set.values()]).toEqual([3, 1]);
    expect(isMapLike(map) && isSetLike(set) && isMapLike(new Map()) && isSetLike(new Set())).toBe(true);
  });

  it('serialise as JSON: a set as an array, a map as an object with own keys', () => {
    expect(JSON.stringify(new FrozenSet(['x', 'y']))).toBe('["x","y"]');
    const map = new FrozenMap([
      ['__proto__', 1],
      ['k', 2],
    ]);
    const json = map.toJSON();
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(Object.keys(json)).toEqual(['__proto__', 'k']);
    expect(JSON.stringify(map)).toBe('{"__proto__":1,"k":2}');
  });
});

describe('reducer results are never shared between callers', () => {
  it('empty results get their own collections', () => {
    const a = reduceCollaborationEvents([]);
    const b = reduceCollaborationEvents([]);
    expect(a).not.toBe(b);
    expect(a.participants).not.toBe(b.participants);
    expect(a.active_drivers).not.toBe(b.active_drivers);
    expect(reduceStatusEvents([]).wp_states).not.toBe(reduceStatusEvents([]).wp_states);
    expect(reduceLifecycleEvents([]).wp_states).not.toBe(reduceLifecycleEvents([]).wp_states);
    expect(new CollaborationReducer().state.participants).not.toBe(new CollaborationReducer().state.participants);
    expect(new StatusReducer().state.wp_states).not.toBe(new StatusReducer().state.wp_states);
  });

  it('a caller cannot change another caller result through the prototype methods', () => {
    const a = reduceCollaborationEvents([]);
    const b = reduceCollaborationEvents([]);
    expect(() => Map.prototype.set.call(a.participants, 'intruder', null)).toThrow(TypeError);
    expect(() => Set.prototype.add.call(a.active_drivers, 'intruder')).toThrow(TypeError);
    expect(b.participants.size).toBe(0);
    expect(b.active_drivers.size).toBe(0);
  });

  it('a frozen map from a previous state works as a roster', () => {
    const roster = new FrozenMap([['p1', ParticipantIdentity.fromDict({ participant_id: 'p1', participant_type: 'human' })]]);
    const state = reduceCollaborationEvents(
      [
        Event.fromDict({
          event_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
          event_type: 'PresenceHeartbeat',
          aggregate_id: 'a',
          timestamp: '2026-01-01T00:00:00Z',
          node_id: 'n',
          lamport_clock: 1,
          project_uuid: '12345678-1234-1234-1234-123456789abc',
          correlation_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
          payload: { participant_id: 'p1', mission_id: 'M' },
        }),
      ],
      { roster },
    );
    expect(state.anomalies).toEqual([]);
    expect([...state.participants.keys()]).toEqual(['p1']);
    expect(reduceCollaborationEvents([], { roster: state.participants }).participants.size).toBe(0);
  });
});

describe('toJSON() equals toDict() on every registered model', () => {
  const models = registryEntries().flatMap((entry) => (entry.kind === 'model' ? [entry] : []));
  const payloads = minimalPayloads();

  it('covers the registry', () => {
    expect(models.length).toBeGreaterThan(20);
  });

  it.each(models.map((entry) => [entry.schemaName, entry]))('%s', (_name, entry) => {
    const cls = entry.target as unknown as typeof WireModel & { fromDict(data: unknown): WireModel };
    const instances: WireModel[] = [constructModel(entry.target, {}) as WireModel];
    const payload = entry.eventType === null ? undefined : payloads[entry.eventType];
    if (payload !== undefined) instances.push(cls.fromDict(payload));
    for (const model of instances) {
      expect(model).toBeInstanceOf(WireModel);
      expect(model.toJSON()).toEqual(model.toDict());
      expect(JSON.parse(JSON.stringify(model))).toEqual(JSON.parse(JSON.stringify(model.toDict())));
    }
  });

  it('reducer states serialise through toJSON', () => {
    const states = [reduceStatusEvents([]), reduceLifecycleEvents([]), reduceCollaborationEvents([])];
    for (const state of states) expect(JSON.parse(JSON.stringify(state))).toEqual(state.toDict());
  });
});
