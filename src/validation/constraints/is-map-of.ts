/**
 * `Dict[str, T]` fields: a plain object (own keys only) or a (frozen) map with string keys, each
 * value parsed at `[...loc, key]`. Kept as an immutable `ReadonlyMap` (insertion order =
 * Python dict order); `toDict()` renders a plain object whose keys are defined with
 * `defineProperty`, so a `__proto__` id stays an ordinary key (CONVENTIONS.md §7.4).
 */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, type FieldType } from '../field-type';
import { FrozenMap } from '../frozen-collections';
import { defineOwn, dumpedDictKey, isMapLike, isPlainObject } from '../../conventions';
import { childLoc, type Violation } from '../violation';

export const IS_MAP_OF = 'isMapOf';

function entriesOf(input: unknown): Iterable<readonly [unknown, unknown]> | null {
  if (isMapLike(input)) return input;
  if (!isPlainObject(input)) return null;
  return Object.keys(input).map((key) => [key, input[key]] as const);
}

export function mapOfType<T>(value: FieldType<T>): FieldType<ReadonlyMap<string, T>> {
  return {
    name: IS_MAP_OF,
    parse(input, loc, out: Violation[]) {
      const entries = entriesOf(input);
      if (entries === null) {
        out.push({ type: 'dict_type', loc, msg: 'Input should be a valid dictionary', input });
        return INVALID;
      }
      const before = out.length;
      const parsed: [string, T][] = [];
      for (const [key, raw] of entries) {
        if (typeof key !== 'string') {
          out.push({ type: 'string_type', loc: [...loc, String(key), '[key]'], msg: 'Input should be a valid string', input: key });
          continue;
        }
        const item = value.parse(raw, childLoc(loc, key), out);
        if (item !== INVALID) parsed.push([key, item]);
      }
      return out.length !== before ? INVALID : new FrozenMap(parsed);
    },
    toJson(map) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of map) {
        // A lone surrogate in a key is written as the reference writes it (three U+FFFD).
        defineOwn(out, dumpedDictKey(key), value.toJson(item));
      }
      return out;
    },
    schema: (defs) => ({ type: 'object', additionalProperties: value.schema(defs) }),
  };
}

export function isMapOf(input: unknown, value: FieldType<unknown>): boolean {
  return mapOfType(value).parse(input, [], []) !== INVALID;
}

export function IsMapOf<T>(value: FieldType<T>, field: FieldDecoratorOptions<ReadonlyMap<string, T>> = {}): PropertyDecorator {
  return fieldDecorator(mapOfType(value), field);
}
