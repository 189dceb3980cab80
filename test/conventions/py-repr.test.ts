import fc from 'fast-check';
import { isPrintable, pyRepr, pyReprNumber, pyStr } from '../../src/conventions';
import { anyString } from './arbitraries';

/**
 * Decodes a Python str literal as pyRepr writes it (single or double quotes; escapes
 * \\ \' \t \n \r \xhh \uhhhh \Uhhhhhhhh). Throws on anything else, including an unescaped
 * occurrence of the delimiting quote.
 */
function decodePyLiteral(lit: string): string {
  const q = lit[0];
  if ((q !== "'" && q !== '"') || lit.length < 2 || lit[lit.length - 1] !== q) {
    throw new Error(`not a quoted literal: ${lit}`);
  }
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === q) throw new Error(`unescaped quote at ${i} in ${lit}`);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i];
    const hexDigits = (n: number) => {
      const h = body.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-f]{${n}}$`).test(h)) throw new Error(`bad \\${e} escape in ${lit}`);
      i += n;
      return String.fromCodePoint(parseInt(h, 16));
    };
    if (e === '\\' || e === "'") out += e;
    else if (e === 't') out += '\t';
    else if (e === 'n') out += '\n';
    else if (e === 'r') out += '\r';
    else if (e === 'x') out += hexDigits(2);
    else if (e === 'u') out += hexDigits(4);
    else if (e === 'U') out += hexDigits(8);
    else throw new Error(`unknown escape \\${e} in ${lit}`);
  }
  return out;
}

describe('pyRepr of strings (§2.1 table)', () => {
  it.each([
    ['bogus', "'bogus'"],
    ["it's", `"it's"`],
    ['a"b', `'a"b'`],
    [`both'"`, `'both\\'"'`],
    [`it's "x"`, `'it\\'s "x"'`],
    ['x\\y', "'x\\\\y'"],
    ['tab\there', "'tab\\there'"],
    ['nl\n', "'nl\\n'"],
    ['\u00e9\u{1f600}', "'\u00e9\u{1f600}'"],
    ['', "''"],
    ['\u0000', "'\\x00'"],
    ['\u007f', "'\\x7f'"],
    ['\u0085', "'\\x85'"],
    ['\u00a0', "'\\xa0'"],
    ['\u200b', "'\\u200b'"],
    ['\u2028', "'\\u2028'"],
    ['\ud800', "'\\ud800'"],
    ['\u{1f6dc}', "'\\U0001f6dc'"],
  ])('pyRepr(%j) = %s', (input, expected) => {
    expect(pyRepr(input)).toBe(expected);
  });

  it('spells the table rows exactly as the contract prints them', () => {
    // Guards against escaping mistakes in the table above: compare with String.raw text.
    expect(pyRepr(`both'"`)).toBe(String.raw`'both\'"'`);
    expect(pyRepr('x\\y')).toBe(String.raw`'x\\y'`);
    expect(pyRepr('tab\there')).toBe(String.raw`'tab\there'`);
    expect(pyRepr('\u{1f6dc}')).toBe(String.raw`'\U0001f6dc'`);
  });

  it.each([
    ['\r', "'\\r'"],
    ['\u001f', "'\\x1f'"],
    ['\u00ad', "'\\xad'"], // Cf
    ['\u3000', "'\\u3000'"], // Zs
    ['\ue000', "'\\ue000'"], // Co
    ['\ufeff', "'\\ufeff'"], // Cf
    ['\udc00', "'\\udc00'"], // lone low surrogate
    ['\u{10ffff}', "'\\U0010ffff'"], // Cn
    ['\u{e0001}', "'\\U000e0001'"], // Cf (LANGUAGE TAG)
    ['\u0cf3', "'\\u0cf3'"], // Unicode 15.0
    ['\u{31350}', "'\\U00031350'"], // CJK Ext H, Unicode 15.0
    ['\u2ffc', "'\\u2ffc'"], // Unicode 15.1
    ['\u{2ebf0}', "'\\U0002ebf0'"], // CJK Ext I, Unicode 15.1
    ['\u{1fae0}', "'\u{1fae0}'"], // U+1FAE0 MELTING FACE, new in 14.0: printable
    ['\u061d', "'\u061d'"], // ARABIC END OF TEXT MARK (Po), new in 14.0: printable
    ['\u{10000}', "'\u{10000}'"], // astral, printable
    ['\ud83d\ude00x\ud83d', "'\u{1f600}x\\ud83d'"], // pair kept, trailing lone half escaped
    [' ', "' '"],
    [`'"`, `'\\'"'`],
    [`'`, `"'"`],
    ['"', `'"'`],
    ['\\\'', `"\\\\'"`],
  ])('pyRepr(%j) = %s', (input, expected) => {
    expect(pyRepr(input)).toBe(expected);
  });

  it('never throws, escapes only what it must, and decodes back to the input', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const r = pyRepr(s);
        // Every code point left unescaped in the output is printable (quotes included).
        return decodePyLiteral(r) === s && Array.from(r).every((ch) => isPrintable(ch.codePointAt(0) as number));
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips ASCII strings and writes only printable ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
        const r = pyRepr(s);
        expect(r).toMatch(/^[\x20-\x7e]*$/);
        expect(decodePyLiteral(r)).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('chooses the quote by the rule: " only when there is a \' and no "', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '"', 'a', '\\') }), (s) => {
        const expectedQuote = s.includes("'") && !s.includes('"') ? '"' : "'";
        return pyRepr(s)[0] === expectedQuote;
      }),
    );
  });
});

describe('pyRepr of other values (§2.2)', () => {
  it.each<[unknown, string]>([
    [null, 'None'],
    [true, 'True'],
    [false, 'False'],
    [5, '5'],
    [-3, '-3'],
    [100000000000000000000, '100000000000000000000'],
    [-0, '0'],
    [0.1, '0.1'],
    [2.5, '2.5'],
    [0.0001, '0.0001'],
    [0.00015, '0.00015'],
    [0.30000000000000004, '0.30000000000000004'],
    [1000000000000000.5, '1000000000000000.5'],
    [1e-5, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [5e-324, '5e-324'],
    [NaN, 'nan'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [[], '[]'],
    [{}, '{}'],
    [['a', 1, null, true, { k: 'v' }], "['a', 1, None, True, {'k': 'v'}]"],
  ])('pyRepr(%p) = %s', (input, expected) => {
    expect(pyRepr(input)).toBe(expected);
  });

  it.each<[number, string]>([
    [1e21, '1000000000000000000000'], // String() would give "1e+21"
    [2 ** 60, '1152921504606846976'], // exact digits, not String()'s "1152921504606847000"
    [-(2 ** 64), '-18446744073709551616'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    [-1.5e-7, '-1.5e-07'],
    [-0.5, '-0.5'],
    [9.999999999999999e-5, '9.999999999999999e-05'],
    [1.2345e-100, '1.2345e-100'],
    [-2.2250738585072014e-308, '-2.2250738585072014e-308'],
  ])('pyReprNumber(%p) = %s', (x, expected) => {
    expect(pyReprNumber(x)).toBe(expected);
  });

  it('floats have Python float-repr shape and round-trip', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = pyReprNumber(x);
        if (Number.isInteger(x)) {
          expect(r).toMatch(/^-?\d+$/);
          expect(BigInt(r)).toBe(BigInt(x));
        } else {
          expect(Number(r)).toBe(x);
          if (Math.abs(x) < 1e-4) expect(r).toMatch(/^-?\d(\.\d+)?e-\d{2,3}$/);
          else expect(r).toMatch(/^-?\d+\.\d+$/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('objects list keys in key order, keys and values in repr form', () => {
    const o = JSON.parse('{"it\'s": [1.5, "x"], "__proto__": {"a": null}, "b": false}');
    expect(pyRepr(o)).toBe(`{"it's": [1.5, 'x'], '__proto__': {'a': None}, 'b': False}`);
    expect(pyRepr([[], {}, [[]]])).toBe('[[], {}, [[]]]');
  });

  it('the SCHEMAS pattern example doubles each backslash', () => {
    expect(pyRepr('^\\d+\\.\\d+\\.\\d+$')).toBe(String.raw`'^\\d+\\.\\d+\\.\\d+$'`);
  });

  it('the ENVELOPE priority-map key list example', () => {
    expect(pyRepr(["it's", 'say "hi"', 'back\\slash', 'nl\n', '\u00e9\u{1f600}'])).toBe(
      String.raw`["it's", 'say "hi"', 'back\\slash', 'nl\n', 'é😀']`,
    );
  });

  it('port extensions for non-JSON values never throw', () => {
    expect(pyRepr(undefined)).toBe('None');
    expect(pyRepr(12345678901234567890n)).toBe('12345678901234567890');
    expect(pyRepr(new Map<unknown, unknown>([['a', 1], [2, [null]]]))).toBe("{'a': 1, 2: [None]}");
    expect(pyRepr(new Set(['x', 1]))).toBe("{'x', 1}");
    expect(pyRepr(new Set())).toBe('set()');
    const loop: unknown[] = [1];
    loop.push(loop);
    expect(pyRepr(loop)).toBe('[1, [...]]');
    const self: Record<string, unknown> = { a: 1 };
    self.me = self;
    expect(pyRepr(self)).toBe("{'a': 1, 'me': {...}}");
    const shared = ['s'];
    expect(pyRepr([shared, shared])).toBe("[['s'], ['s']]"); // repeated, not recursive
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(typeof pyRepr(v)).toBe('string');
      }),
    );
  });
});

describe('pyStr (§3)', () => {
  it.each<[unknown, string]>([
    ['done', 'done'],
    [2, '2'],
    [-0.5, '-0.5'],
    [true, 'True'],
    [null, 'None'],
    [[1, 'a'], "[1, 'a']"],
    ["it's\n", "it's\n"], // verbatim: no quotes, no escapes
    ['\u{1f6dc}', '\u{1f6dc}'],
  ])('pyStr(%p) = %s', (input, expected) => {
    expect(pyStr(input)).toBe(expected);
  });

  it('is pyRepr for every non-string JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => typeof v === 'string' || pyStr(v) === pyRepr(v)),
    );
  });
});
