/**
 * Patterns read the way the reference's regex engines read them (issue 9 item 20).
 *
 * Why not hand the pattern text to `RegExp`: `\d` follows each engine's Unicode version
 * (Node's `\p{Nd}` is newer than both of the reference's), and the two layers of the reference
 * use different engines — pydantic-core's Rust `regex` for model fields and CPython 3.11's `re`
 * (through jsonschema) for the schema layer. So `\d` / `\D` are rewritten to the digit set
 * measured on each layer of the reference (`reference-digits.ts`, generated).
 *
 * Not rewritten: Python's `$` also matching before a final "\n" (`"1.0.0\n"` passes the
 * reference's schema layer only). That is the one difference SCHEMAS_AND_CONFORMANCE.md §1.5
 * and §1.8 permit (the overall verdict is the same: the model layer rejects it).
 *
 * Only the constructs whose meaning differs and that the contract's patterns use are rewritten;
 * the other escapes whose meaning differs between the engines (`\w \W \s \S \b \B`) are refused
 * with a `RangeError` rather than silently read the JS way.
 */
import { MODEL_LAYER_DIGITS, SCHEMA_LAYER_DIGITS } from './reference-digits';

/** Which reference engine a pattern is read as. */
export type ReferenceRegexLayer = 'model' | 'schema';

type Ranges = ReadonlyArray<readonly [number, number]>;

function hex(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

function classBody(ranges: Ranges): string {
  let s = '';
  for (const [a, b] of ranges) s += a === b ? hex(a) : `${hex(a)}-${hex(b)}`;
  return s;
}

function complement(ranges: Ranges): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [a, b] of ranges) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

interface LayerSyntax {
  /** Class body of the layer's digits, and of everything else. */
  readonly digits: string;
  readonly nonDigits: string;
}

function syntaxOf(ranges: Ranges): LayerSyntax {
  return Object.freeze({ digits: classBody(ranges), nonDigits: classBody(complement(ranges)) });
}

const SYNTAX: Readonly<Record<ReferenceRegexLayer, LayerSyntax>> = Object.freeze({
  model: syntaxOf(MODEL_LAYER_DIGITS),
  schema: syntaxOf(SCHEMA_LAYER_DIGITS),
});

const REFUSED = new Set(['w', 'W', 's', 'S', 'b', 'B']);

/**
 * The JS (`u` flag) pattern text that matches what `source` matches in the reference's `layer`
 * engine. Linear in the pattern. Throws `RangeError` for an escape it cannot pin.
 */
export function referencePatternText(source: string, layer: ReferenceRegexLayer): string {
  const syntax = SYNTAX[layer];
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\' && i + 1 < source.length) {
      const next = source[i + 1]!;
      i++;
      if (next === 'd') out += inClass ? syntax.digits : `[${syntax.digits}]`;
      else if (next === 'D') out += inClass ? syntax.nonDigits : `[^${syntax.digits}]`;
      else if (REFUSED.has(next)) {
        throw new RangeError(`pattern ${JSON.stringify(source)}: \\${next} differs between engines, not supported`);
      } else out += ch + next;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
      // A leading `^` negates the class; it is copied as is.
      if (source[i + 1] === '^') out += source[++i];
    } else {
      out += ch;
    }
  }
  return out;
}

/** `new RegExp(referencePatternText(source, layer), flags + 'u')`. */
export function referenceRegExp(source: string, layer: ReferenceRegexLayer, flags = ''): RegExp {
  return new RegExp(referencePatternText(source, layer), flags.includes('u') ? flags : flags + 'u');
}
