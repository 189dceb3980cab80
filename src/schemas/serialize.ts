/**
 * Deterministic schema text (SCHEMAS_AND_CONFORMANCE.md §1.9): Python's
 * `json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=True) + "\n"`. Keys are sorted
 * recursively by code point, arrays keep their order, two-space indentation, `": "` between
 * key and value, empty containers as `[]` / `{}`, non-ASCII escaped as lower-case `\uXXXX`
 * (astral characters as a surrogate pair), exactly one trailing newline.
 */
import { compareCodePoints } from '../conventions';

const NON_ASCII = /[\u0080-\uffff]/g;

/** A JSON string literal with every non-ASCII UTF-16 unit escaped (`ensure_ascii`). */
function asciiString(text: string): string {
  return JSON.stringify(text).replace(NON_ASCII, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function render(value: unknown, indent: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return asciiString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`schema value is not a finite number: ${String(value)}`);
      return JSON.stringify(value);
    case 'object': {
      const inner = indent + '  ';
      if (Array.isArray(value)) {
        if (value.length === 0) return '[]';
        return `[\n${value.map((item) => inner + render(item, inner)).join(',\n')}\n${indent}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort(compareCodePoints);
      if (keys.length === 0) return '{}';
      return `{\n${keys.map((key) => `${inner}${asciiString(key)}: ${render(record[key], inner)}`).join(',\n')}\n${indent}}`;
    }
    default:
      throw new TypeError(`schema value is not JSON: ${typeof value}`);
  }
}

/** The file text of a schema document. */
export function serializeSchema(schema: unknown): string {
  return render(schema, '') + '\n';
}

