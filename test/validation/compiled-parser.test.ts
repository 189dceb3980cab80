/**
 * The compiled model parsers (issue 11) against the generic path: for valid and invalid
 * inputs of many models (golden payloads and envelopes, mutated by fast-check), `parseModel`
 * with its fast path gives the same instance (class, own keys in order, values, frozenness)
 * or the same violations as the generic path alone; whatever the fast path accepts, the
 * generic path accepts with an equal instance. Also: every model has a body generated at
 * build time, hostile inputs never take the fast path's shortcuts, and the envelopes'
 * `event_type` of a registered type is the registry's own (internalised) string.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import fc from 'fast-check';
import '../../src/all-models';
import '../../src/v2/all-models';
import { Event } from '../../src/envelope';
import { Event as EventV2 } from '../../src/v2/envelope';
import { canonicalEventType, CONTRACT_VERSIONS, registryFor } from '../../src/registry/registry';
import {
  declaredModels,
  fastParseModel,
  hasGeneratedParser,
  INVALID,
  modelFields,
  parseModel,
  withGenericParsing,
  type ModelClass,
  type Violation,
} from '../../src/validation';

type Outcome = { readonly ok: true; readonly value: object } | { readonly ok: false; readonly violations: readonly Violation[] } | { readonly thrown: string };

function parse(ctor: ModelClass<object>, input: unknown): Outcome {
  const out: Violation[] = [];
  try {
    const value = parseModel(ctor, input, [], out);
    return value === INVALID ? { ok: false, violations: out } : { ok: true, value };
  } catch (error) {
    return { thrown: String(error) };
  }
}

/** Class, own keys in order, values (deeply, classes included) and frozenness of an instance. */
function expectSameInstance(actual: object, expected: object): void {
  expect(Object.getPrototypeOf(actual)).toBe(Object.getPrototypeOf(expected));
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  expect(actual).toStrictEqual(expected);
  expect(Object.isFrozen(actual)).toBe(Object.isFrozen(expected));
}

function expectAgree(ctor: ModelClass<object>, input: unknown): boolean {
  const generic = withGenericParsing(() => parse(ctor, input));
  const fast = parse(ctor, input);
  if ('thrown' in generic || 'thrown' in fast) {
    expect(fast).toEqual(generic);
    return false;
  }
  expect(fast.ok).toBe(generic.ok);
  if (fast.ok && generic.ok) expectSameInstance(fast.value, generic.value);
  if (!fast.ok && !generic.ok) expect(fast.violations).toEqual(generic.violations);
  const direct = fastParseModel(ctor, input);
  if (direct !== INVALID) {
    expect(generic.ok).toBe(true);
    if (generic.ok) expectSameInstance(direct, generic.value);
  }
  return generic.ok;
}

const GOLDEN = path.join(__dirname, '..', 'golden', '6.1.0');

function json(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(GOLDEN, file), 'utf8'));
}

interface Seed {
  readonly ctor: ModelClass<object>;
  readonly input: unknown;
}

/** Golden payload inputs of registered 6.1.0 event types, and envelopes of both contracts. */
function seeds(): Seed[] {
  const registry = registryFor('6.1.0');
  const out: Seed[] = [];
  for (const file of fs.readdirSync(GOLDEN).filter((name) => name.endsWith('-payloads.json')).sort()) {
    const cases = json(file);
    if (!Array.isArray(cases)) continue;
    for (const c of cases as { event_type?: unknown; input?: unknown }[]) {
      const ctor = typeof c.event_type === 'string' ? registry.classForEventType(c.event_type) : undefined;
      if (ctor !== undefined && c.input !== undefined) out.push({ ctor, input: c.input });
    }
  }
  const status = json('status-reducer.json') as { events: Record<string, unknown>[] }[];
  const envelopes = status.flatMap((c) => c.events).slice(0, 40);
  for (const e of envelopes) {
    out.push({ ctor: Event as ModelClass<object>, input: { build_id: 'b', ...e } });
    const v2: Record<string, unknown> = { ...e, event_id: '01HV0000000000000000000000', correlation_id: '01HV00000000000000000000CR' };
    delete v2['build_id'];
    out.push({ ctor: EventV2 as ModelClass<object>, input: v2 });
  }
  return out;
}

const SEEDS = seeds();

/** A JSON copy in which a `__proto__` key stays an own key. */
function copy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** The plain objects of `root` down to depth 2 (root first). */
function objectsIn(root: Record<string, unknown>): Record<string, unknown>[] {
  const out = [root];
  for (const value of Object.values(root)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) out.push(value as Record<string, unknown>);
  }
  return out;
}

const mutation = fc.record({
  target: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'extra', 'null', 'swap'),
  key: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }),
});

function mutate(input: unknown, mutations: readonly { target: number; op: string; key: number; value: unknown }[]): unknown {
  const root = copy(input);
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return root;
  for (const m of mutations) {
    const targets = objectsIn(root as Record<string, unknown>);
    const target = targets[m.target % targets.length]!;
    const keys = Object.keys(target);
    const key = keys.length === 0 ? 'k' : keys[m.key % keys.length]!;
    if (m.op === 'set') target[key] = m.value;
    else if (m.op === 'delete') delete target[key];
    else if (m.op === 'extra') Object.defineProperty(target, m.key % 3 === 0 ? '__proto__' : `extra_${m.key % 5}`, { value: m.value, enumerable: true, writable: true, configurable: true });
    else if (m.op === 'null') target[key] = null;
    else target[key] = typeof target[key] === 'string' ? m.key : String(target[key]);
  }
  return root;
}

describe('compiled model parsers', () => {
  it('has golden seeds of many models, valid and invalid', () => {
    const models = new Set(SEEDS.map((seed) => seed.ctor));
    expect(models.size).toBeGreaterThan(40);
    let valid = 0;
    for (const seed of SEEDS) if (expectAgree(seed.ctor, seed.input)) valid++;
    expect(valid).toBeGreaterThan(SEEDS.length / 5); // the golden files hold many invalid cases on purpose
  });

  it('agrees with the generic path on mutated inputs (valid and invalid)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { maxLength: 3 }), (pick, mutations) => {
        const seed = SEEDS[pick % SEEDS.length]!;
        expectAgree(seed.ctor, mutate(seed.input, mutations));
      }),
      { numRuns: 3000 },
    );
  });

  it('every model declared with fields has a body generated at build time', () => {
    const missing = declaredModels().filter((ctor) => modelFields(ctor).length > 0 && !hasGeneratedParser(ctor));
    expect(missing.map((ctor) => ctor.name)).toEqual([]);
  });

  describe('unusual inputs take the generic path', () => {
    const valid = (SEEDS.find((seed) => seed.ctor === Event)?.input ?? {}) as Record<string, unknown>;

    it('a Proxy (consistent or lying), a getter, a null-prototype object, a class instance', () => {
      const lying = new Proxy(copy(valid) as object, { getOwnPropertyDescriptor: () => undefined, has: () => false });
      const getter = copy(valid) as Record<string, unknown>;
      Object.defineProperty(getter, 'node_id', { get: () => 'from-a-getter', enumerable: true });
      const bare = Object.assign(Object.create(null) as object, copy(valid));
      class Holder {}
      const instance = Object.assign(new Holder(), copy(valid));
      for (const input of [new Proxy(copy(valid) as object, {}), lying, getter, bare, instance]) expectAgree(Event as ModelClass<object>, input);
      expect(fastParseModel(Event, lying)).toBe(INVALID);
      expect(fastParseModel(Event, bare)).toBe(INVALID);
    });

    it('a field name inherited from a polluted Object.prototype is not read', () => {
      const input = copy(valid) as Record<string, unknown>;
      delete input['project_slug'];
      delete input['schema_version'];
      const proto = Object.prototype as Record<string, unknown>;
      try {
        proto['project_slug'] = 'polluted';
        proto['schema_version'] = 'x';
        const generic = withGenericParsing(() => parse(Event as ModelClass<object>, input));
        expect(generic).toMatchObject({ ok: true });
        expectAgree(Event as ModelClass<object>, input);
        const fast = fastParseModel(Event, input) as unknown as Record<string, unknown>;
        expect(Object.prototype.hasOwnProperty.call(fast, 'project_slug') && fast['project_slug']).toBeNull();
      } finally {
        delete proto['project_slug'];
        delete proto['schema_version'];
      }
    });

    it('a throwing getter', () => {
      const input = copy(valid) as Record<string, unknown>;
      Object.defineProperty(input, 'aggregate_id', { get: () => { throw new Error('boom'); }, enumerable: true });
      expectAgree(Event as ModelClass<object>, input);
      expect(fastParseModel(Event, input)).toBe(INVALID);
    });
  });
});

describe('event_type canonicalisation', () => {
  /** V8's own answer where natives can be enabled; null elsewhere. */
  const isInternalized = ((): ((s: string) => boolean) | null => {
    try {
      v8.setFlagsFromString('--allow-natives-syntax');
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      return new Function('s', 'return %IsInternalizedString(s)') as (s: string) => boolean;
    } catch {
      return null;
    }
  })();

  it('a registered type name parses to the registry string, both envelopes, JSON-loaded', () => {
    const base = SEEDS.find((seed) => seed.ctor === Event)!.input as Record<string, unknown>;
    const baseV2 = SEEDS.find((seed) => seed.ctor === EventV2)!.input as Record<string, unknown>;
    let checked = 0;
    for (const version of CONTRACT_VERSIONS) {
      for (const name of registryFor(version).registeredEventTypes()) {
        const line = JSON.stringify({ ...(version === '6.1.0' ? base : baseV2), event_type: name });
        const raw = JSON.parse(line) as { event_type: string };
        const event = (version === '6.1.0' ? Event : EventV2).fromDict(JSON.parse(line));
        expect(event.event_type).toBe(name);
        expect(canonicalEventType(raw.event_type)).toBe(name);
        if (isInternalized !== null) {
          expect(isInternalized(event.event_type)).toBe(true);
          if (name.length > 10) expect(isInternalized(raw.event_type)).toBe(false); // what the parse fixes
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('an unregistered type name is kept as given', () => {
    const base = SEEDS.find((seed) => seed.ctor === Event)!.input as Record<string, unknown>;
    expect(Event.fromDict({ ...base, event_type: 'NotARegisteredType' }).event_type).toBe('NotARegisteredType');
    expect(canonicalEventType('NotARegisteredType')).toBe('NotARegisteredType');
  });
});
