/**
 * `JSON.stringify(value, null, indent)` as a sequence of chunks, without recursion: the
 * output of a reducer over a large log can pass V8's maximum string length, and a value
 * nested thousands deep would overflow the stack of a recursive printer. Same text as
 * `JSON.stringify` for JSON data (plain objects, arrays, strings, finite numbers, booleans,
 * null; `toJSON` honoured; `undefined` and functions left out of objects, `null` in arrays).
 */

/** Chunks are cut at about this many characters. */
export const JSON_CHUNK_SIZE = 64 * 1024;

interface Frame {
  readonly isArray: boolean;
  readonly holder: unknown;
  readonly keys: readonly string[];
  readonly indent: string;
  i: number;
  wrote: boolean;
}

/** What `JSON.stringify` serialises for `raw` under `key`: `toJSON` applied, boxed primitives unwrapped. */
function prepare(key: string, raw: unknown): unknown {
  let value = raw;
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) value = value.valueOf();
  return value;
}

function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function primitive(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  return JSON.stringify(value) ?? 'null';
}

/** Yields the text of `JSON.stringify(value, null, indent)` in chunks (nothing for `undefined`). */
export function* jsonChunks(value: unknown, indent = 2, chunkSize = JSON_CHUNK_SIZE): Generator<string, void, undefined> {
  const step = ' '.repeat(indent);
  const nl = indent > 0 ? '\n' : '';
  const colon = indent > 0 ? ': ' : ':';
  let buffer = '';
  const stack: Frame[] = [];
  const open = new Set<object>();

  /** Writes a value; containers push a frame. */
  const emit = (v: unknown, currentIndent: string): void => {
    if (typeof v !== 'object' || v === null) {
      buffer += primitive(v);
      return;
    }
    if (open.has(v)) throw new TypeError('Converting circular structure to JSON');
    const isArray = Array.isArray(v);
    const keys = isArray ? [] : Object.keys(v);
    const length = isArray ? (v as unknown[]).length : keys.length;
    if (length === 0) {
      buffer += isArray ? '[]' : '{}';
      return;
    }
    open.add(v);
    buffer += isArray ? '[' : '{';
    stack.push({ isArray, holder: v, keys, indent: currentIndent, i: 0, wrote: false });
  };

  const top = prepare('', value);
  if (isSkipped(top)) return;
  emit(top, '');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const inner = frame.indent + step;
    if (frame.isArray) {
      const items = frame.holder as unknown[];
      if (frame.i >= items.length) {
        stack.pop();
        open.delete(frame.holder as object);
        buffer += `${nl}${frame.indent}]`;
      } else {
        const k = frame.i++;
        const v = prepare(String(k), items[k]);
        buffer += `${frame.wrote ? ',' : ''}${nl}${inner}`;
        frame.wrote = true;
        if (isSkipped(v)) buffer += 'null';
        else emit(v, inner);
      }
    } else {
      const obj = frame.holder as Record<string, unknown>;
      let emitted = false;
      while (frame.i < frame.keys.length && !emitted) {
        const key = frame.keys[frame.i++]!;
        const v = prepare(key, obj[key]);
        if (isSkipped(v)) continue;
        buffer += `${frame.wrote ? ',' : ''}${nl}${inner}${JSON.stringify(key)}${colon}`;
        frame.wrote = true;
        emit(v, inner);
        emitted = true;
      }
      if (!emitted) {
        stack.pop();
        open.delete(frame.holder as object);
        buffer += frame.wrote ? `${nl}${frame.indent}}` : '}';
      }
    }
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}
