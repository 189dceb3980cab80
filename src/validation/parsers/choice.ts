/**
 * pydantic's `Enum` (type `enum`) and string `Literal` (type `literal_error`) fields
 * (STATUS_AND_GATES.md §3, §6, §14; COLLABORATION.md §3; LIFECYCLE.md §2).
 *
 * Why one parser for both: the two differ only in the error type. Membership is exact and
 * case-sensitive (no trimming); any non-member, of any JSON type, `null` included, gets the
 * same `Input should be 'a', 'b' or 'c'` message — except a string holding a lone surrogate,
 * which pydantic rejects earlier with `string_unicode`.
 */

import { fail, ok, type ParseFailure, type ParseOutcome } from '../violation';
import { hasLoneSurrogate, pyReprString } from './text';

export type ChoiceKind = 'enum' | 'literal_error';

const STRING_UNICODE = Object.freeze(
  fail('string_unicode', 'Input should be a valid string, unable to parse raw data as a unicode string'),
);

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`: pydantic's `expected` text. */
export function expectedChoices(values: readonly string[]): string {
  const reprs = values.map(pyReprString);
  if (reprs.length <= 1) return reprs.join('');
  return `${reprs.slice(0, -1).join(', ')} or ${reprs[reprs.length - 1]}`;
}

// Failure objects are immutable, so one per (values, kind) is enough.
const cache = new WeakMap<readonly string[], { enum?: ParseFailure; literal_error?: ParseFailure }>();

function choiceFail(values: readonly string[], kind: ChoiceKind): ParseFailure {
  let entry = cache.get(values);
  if (entry === undefined) {
    entry = {};
    cache.set(values, entry);
  }
  let f = entry[kind];
  if (f === undefined) {
    const expected = expectedChoices(values);
    f = Object.freeze(fail(kind, `Input should be ${expected}`, { expected }));
    entry[kind] = f;
  }
  return f;
}

/**
 * An enum or literal field: the input must be one of `values` exactly; the result is that
 * value. Never throws.
 */
export function parseChoice(input: unknown, values: readonly string[], kind: ChoiceKind): ParseOutcome<string> {
  if (typeof input === 'string') {
    for (let i = 0; i < values.length; i++) {
      if (values[i] === input) return ok(values[i]);
    }
    if (hasLoneSurrogate(input)) return STRING_UNICODE;
  }
  return choiceFail(values, kind);
}

/**
 * The fast check of a choice field (compiled model parsers): the matching member of `values`
 * when `parseChoice` accepts `input` (either kind), else null; allocates nothing.
 */
export function choiceCheck(values: readonly string[]): (input: unknown) => string | null {
  return (input) => {
    if (typeof input === 'string') {
      for (let i = 0; i < values.length; i++) {
        if (values[i] === input) return values[i]!;
      }
    }
    return null;
  };
}
