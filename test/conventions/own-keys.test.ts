import fc from 'fast-check';
import vm from 'vm';
import { getOwn, hasOwn, isAbsent, isPlainObject, jsonCopy, safeFromEntries } from '../../src/conventions';

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'polluted'];

/** Object.prototype must be exactly as it was: no new keys, nothing readable as `polluted`. */
const protoKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeysBefore);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** JSON values whose objects use the dangerous keys, including `{"__proto__": {"polluted": …}}`. */
const { value: dangerousJson } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    fc.array(tie('value')),
    fc.dictionary(fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string()), tie('value')),
    tie('value').map((v) => JSON.parse(`{"__proto__": {"polluted": ${JSON.stringify(v)}}, "constructor": ${JSON.stringify(v)}}`)),
  ),
}));

afterEach(expectNoPollution);

describe('isPlainObject', () => {
  class Thing {
    a = 1;
  }
  it.each<[string, unknown, boolean]>([
    ['{}', {}, true],
    ['JSON.parse object', JSON.parse('{"__proto__": {"x": 1}}'), true],
    ['null prototype', Object.create(null), true],
    ['other realm', vm.runInNewContext('({ a: 1 })'), true],
    ['array', [], false],
    ['other-realm array', vm.runInNewContext('[1]'), false],
    ['class instance', new Thing(), false],
    ['Map', new Map(), false],
    ['Date', new Date(0), false],
    ['object with a null-prototype parent', Object.create(Object.create(null)), false],
    ['Object.create({})', Object.create({}), false],
    ['null', null, false],
    ['string', 'x', false],
    ['function', () => 1, false],
  ])('%s → %s', (_label, v, expected) => {
    expect(isPlainObject(v)).toBe(expected);
  });
});

describe('own-key lookup and absence (§7.1, §7.2)', () => {
  const payload = JSON.parse('{"state": "done", "nothing": null, "__proto__": "p", "valueOf": 3}');
  payload.undef = undefined;

  it('inherited members are not data', () => {
    const empty = {};
    for (const k of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'isPrototypeOf']) {
      expect(hasOwn(empty, k)).toBe(false);
      expect(getOwn(empty, k)).toBeUndefined();
      expect(isAbsent(empty, k)).toBe(true);
    }
  });

  it('own keys, including __proto__ and shadowed builtins, are data', () => {
    expect(getOwn(payload, 'state')).toBe('done');
    expect(getOwn(payload, '__proto__')).toBe('p');
    expect(getOwn(payload, 'valueOf')).toBe(3);
    expect(hasOwn(payload, '__proto__')).toBe(true);
    expect(isAbsent(payload, '__proto__')).toBe(false);
  });

  it('null is present, undefined is absent', () => {
    expect(isAbsent(payload, 'nothing')).toBe(false);
    expect(getOwn(payload, 'nothing')).toBeNull();
    expect(hasOwn(payload, 'undef')).toBe(true);
    expect(isAbsent(payload, 'undef')).toBe(true);
    expect(getOwn(payload, 'undef')).toBeUndefined();
    expect(isAbsent(payload, 'missing')).toBe(true);
  });

  it('works on null-prototype objects', () => {
    const o = Object.create(null) as Record<string, unknown>;
    o.k = 1;
    expect(getOwn(o, 'k')).toBe(1);
    expect(hasOwn(o, 'toString')).toBe(false);
  });
});

describe('safeFromEntries (§7.4)', () => {
  it('creates an own __proto__ key and keeps Object.prototype', () => {
    const evil = { polluted: 'yes' };
    const o = safeFromEntries([
      ['__proto__', evil],
      ['constructor', 'c'],
      ['a', 1],
    ]);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['__proto__', 'constructor', 'a']);
    expect(getOwn(o, '__proto__')).toBe(evil);
    expect((o as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(o)).toBe('{"__proto__":{"polluted":"yes"},"constructor":"c","a":1}');
    expect(isPlainObject(o)).toBe(true);
  });

  it('a null __proto__ value does not make a null-prototype object', () => {
    const o = safeFromEntries([['__proto__', null]]);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(hasOwn(o, '__proto__')).toBe(true);
  });

  it('repeated keys: first position, last value (dict semantics)', () => {
    const o = safeFromEntries([
      ['a', 1],
      ['b', 2],
      ['a', 3],
      ['__proto__', 4],
      ['__proto__', 5],
    ]);
    expect(Object.entries(o)).toEqual([
      ['a', 3],
      ['b', 2],
      ['__proto__', 5],
    ]);
  });

  it('matches JSON.parse of the same entries and never pollutes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string()), dangerousJson)), (entries) => {
        const o = safeFromEntries(entries);
        const viaJson = JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);
        expect(JSON.stringify(o)).toBe(JSON.stringify(viaJson));
        expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
        expectNoPollution();
      }),
    );
  });
});

describe('jsonCopy', () => {
  /** Every object in `v` is a fresh plain object / array, sharing nothing with `orig`. */
  function expectFreshPlain(v: unknown, seen: Set<unknown>): void {
    if (typeof v !== 'object' || v === null) return;
    expect(seen.has(v)).toBe(false);
    if (Array.isArray(v)) {
      expect(Object.getPrototypeOf(v)).toBe(Array.prototype);
      v.forEach((x) => expectFreshPlain(x, seen));
    } else {
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
      Object.values(v).forEach((x) => expectFreshPlain(x, seen));
    }
  }
  function collectObjects(v: unknown, acc: Set<unknown>): Set<unknown> {
    if (typeof v === 'object' && v !== null) {
      acc.add(v);
      Object.values(v).forEach((x) => collectObjects(x, acc));
    }
    return acc;
  }

  it('equals JSON.parse(JSON.stringify(x)), shares nothing, keeps __proto__ as data, never pollutes', () => {
    fc.assert(
      fc.property(dangerousJson, (v) => {
        const copy = jsonCopy(v);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(v));
        expect(copy).toEqual(JSON.parse(JSON.stringify(v)));
        expectFreshPlain(copy, collectObjects(v, new Set()));
        expectNoPollution();
      }),
    );
  });

  it('keeps an own __proto__ key holding an object as a data key', () => {
    const src = JSON.parse('{"__proto__": {"polluted": true}, "a": [{"__proto__": null}]}');
    const copy = jsonCopy(src) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(getOwn(copy, '__proto__')).toEqual({ polluted: true });
    expect(getOwn(copy, '__proto__')).not.toBe(getOwn(src, '__proto__'));
    expect(copy.polluted).toBeUndefined();
    expect(hasOwn((copy.a as object[])[0], '__proto__')).toBe(true);
  });

  it('follows JSON.stringify for non-JSON input', () => {
    const input = {
      u: undefined,
      f: () => 1,
      n: NaN,
      z: -0,
      d: new Date(0),
      arr: [undefined, () => 1, Infinity],
      boxed: [new Number(2), new String('s'), new Boolean(false)],
      custom: { toJSON: (k: string) => `key:${k}` },
      map: new Map([['k', 1]]),
    };
    const copy = jsonCopy(input);
    expect(copy).toEqual(JSON.parse(JSON.stringify(input)));
    expect(Object.is((copy as { z: number }).z, 0)).toBe(true);
    expect(jsonCopy(undefined)).toBeUndefined();
    expect(() => jsonCopy({ b: 1n })).toThrow(TypeError);
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(() => jsonCopy(cyc)).toThrow(TypeError);
    const shared = { s: 1 };
    expect(jsonCopy([shared, shared])).toEqual([{ s: 1 }, { s: 1 }]); // a DAG is not a cycle
  });
});
