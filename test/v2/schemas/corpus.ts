/**
 * A generated instance corpus for one schema document: valid instances built from the
 * schema (required-only and all-fields), then single mutations of them at every object and
 * array reachable from the root — each required key removed, each property set to null,
 * wrong types, bad enum/const values, empty and boundary-length strings (ASCII, emoji and
 * variation-selector code points), boundary numbers, short and long lists, array items
 * replaced, extra keys — plus non-object roots.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;
type Path = (string | number)[];

const EMOJI = '\u{1F600}';
const VS16 = '\uFE0F';

function resolve(root: Schema, schema: Schema): Schema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const name = ref.replace(/^#\/\$defs\//, '');
  return resolve(root, ((root['$defs'] as Record<string, Schema>)[name])!);
}

function nonNullBranch(root: Schema, schema: Schema): Schema | null {
  const anyOf = schema['anyOf'] as Schema[] | undefined;
  if (anyOf === undefined) return null;
  const branch = anyOf.find((b) => b['type'] !== 'null');
  return branch === undefined ? null : resolve(root, branch);
}

function stringOf(length: number, unit = 'x'): string {
  return unit.repeat(Math.max(0, length));
}

function validString(schema: Schema): string {
  if (typeof schema['pattern'] === 'string') return '1.0.0';
  const format = schema['format'];
  if (format === 'date-time') return '2026-01-15T10:00:00Z';
  if (format === 'uuid') return 'a1b2c3d4-e5f6-7890-abcd-ef1234567890';
  if (format === 'uri') return 'https://github.com/owner/repo/runs/1';
  const min = typeof schema['minLength'] === 'number' ? schema['minLength'] : 1;
  return stringOf(min);
}

/** A valid instance; `full` includes every optional property. */
export function validInstance(root: Schema, input: Schema, full: boolean): Json {
  const schema = resolve(root, input);
  const branch = nonNullBranch(root, schema);
  if (branch !== null) return validInstance(root, branch, full);
  if ('const' in schema) return schema['const'] as Json;
  if (Array.isArray(schema['enum'])) return (schema['enum'] as Json[])[0]!;
  switch (schema['type']) {
    case 'string':
      return validString(schema);
    case 'integer': {
      if (typeof schema['minimum'] === 'number') return schema['minimum'];
      if (typeof schema['exclusiveMinimum'] === 'number') return schema['exclusiveMinimum'] + 1;
      return 0;
    }
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'array': {
      const n = typeof schema['minItems'] === 'number' ? schema['minItems'] : full ? 1 : 0;
      return Array.from({ length: n }, () => validInstance(root, schema['items'] as Schema, full));
    }
    case 'object': {
      const props = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
      const required = new Set((schema['required'] as string[] | undefined) ?? []);
      const out: { [key: string]: Json } = {};
      for (const [key, prop] of Object.entries(props)) {
        if (full || required.has(key)) out[key] = validInstance(root, prop, full);
      }
      if (Object.keys(props).length === 0 && schema['additionalProperties'] === true && full) out['any'] = { nested: [1] };
      return out;
    }
    default:
      return null;
  }
}

const GENERIC: Json[] = [null, true, false, 0, 1, -1, 1.5, 5, 2 ** 70, '', ' ', 'x', 'doing', '5', 'true', [], ['x'], {}, { a: 1 }];

/** Candidate replacement values for a property with `schema` (covering its boundaries). */
function candidates(root: Schema, input: Schema): Json[] {
  const out: Json[] = [...GENERIC];
  const schema = resolve(root, input);
  const inner = nonNullBranch(root, schema) ?? schema;
  const leaf = resolve(root, inner);
  if (Array.isArray(leaf['enum'])) {
    for (const value of leaf['enum'] as string[]) out.push(value, value.toUpperCase(), `${value} `);
    out.push('DOING', 'not-a-member', 'in_review');
  }
  if ('const' in leaf) out.push(leaf['const'] as Json, `${String(leaf['const'])}x`, String(leaf['const']).toUpperCase());
  for (const key of ['minLength', 'maxLength'] as const) {
    const n = leaf[key];
    if (typeof n === 'number') {
      for (const len of [n - 1, n, n + 1]) {
        if (len < 0) continue;
        out.push(stringOf(len), stringOf(len - 1) + EMOJI, stringOf(len - 1) + VS16, stringOf(len, EMOJI));
      }
    }
  }
  if (typeof leaf['pattern'] === 'string') {
    out.push('1.0.0', '1.0', '01.002.3', '\u0661.\u0660.\u0660', '\uFF11.0.0', '\u00B2.0.0', '1.0.0\n', 'v1.0.0', '1.0.0-beta', ' 1.0.0');
  }
  for (const key of ['minimum', 'maximum', 'exclusiveMinimum'] as const) {
    const n = leaf[key];
    if (typeof n === 'number') out.push(n - 1, n, n + 1, n - 0.5, n + 0.5, String(n));
  }
  if (leaf['format'] === 'date-time') out.push('not-a-date', '2026-01-15', 1700000000);
  if (leaf['format'] === 'uuid') out.push('not-a-uuid', 'a1b2c3d4e5f67890abcdef1234567890');
  if (leaf['type'] === 'array') {
    const item = validInstance(root, leaf['items'] as Schema, true);
    const min = typeof leaf['minItems'] === 'number' ? leaf['minItems'] : 0;
    for (const len of [0, 1, 2, 3, min - 1, min, min + 1]) {
      if (len >= 0) out.push(Array.from({ length: len }, () => item));
    }
    out.push([null], [1], [''], [item, 1]);
  }
  if (leaf['type'] === 'object') out.push(validInstance(root, leaf, false), validInstance(root, leaf, true), { unknown: 1 });
  return out;
}

function clone(value: Json): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

function setAt(value: Json, path: Path, replacement: Json | undefined): Json {
  const copy = clone(value);
  if (path.length === 0) return replacement ?? null;
  let node = copy as { [key: string]: Json } | Json[];
  for (let i = 0; i < path.length - 1; i++) node = (node as Record<string | number, Json>)[path[i]!] as typeof node;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last as string];
  } else {
    (node as Record<string | number, Json>)[last] = replacement;
  }
  return copy;
}

/** Visits every object/array node of `instance` with the schema that describes it. */
function mutations(root: Schema, schema: Schema, instance: Json, path: Path, out: Json[], base: Json): void {
  const resolved = resolve(root, schema);
  const effective = Array.isArray(instance) || (typeof instance === 'object' && instance !== null) ? (nonNullBranch(root, resolved) ?? resolved) : resolved;
  if (Array.isArray(instance)) {
    const items = effective['items'] as Schema | undefined;
    instance.forEach((item, index) => {
      if (items === undefined) return;
      for (const value of candidates(root, items)) out.push(setAt(base, [...path, index], value));
      out.push(setAt(base, [...path, index], undefined));
      mutations(root, items, item, [...path, index], out, base);
    });
    return;
  }
  if (typeof instance !== 'object' || instance === null) return;
  const props = (effective['properties'] as Record<string, Schema> | undefined) ?? {};
  for (const key of (effective['required'] as string[] | undefined) ?? []) out.push(setAt(base, [...path, key], undefined));
  for (const [key, prop] of Object.entries(props)) {
    for (const value of candidates(root, prop)) out.push(setAt(base, [...path, key], value));
    if (key in instance) {
      out.push(setAt(base, [...path, key], undefined));
      mutations(root, prop, instance[key]!, [...path, key], out, base);
    }
  }
  out.push(setAt(base, [...path, 'unknown_extra_key'], 1));
  out.push(setAt(base, [...path, '__proto__'], { polluted: true }));
}

/** The corpus for a schema document (deduplicated by JSON text). */
export function corpusFor(root: Schema): Json[] {
  const out: Json[] = [null, true, 0, 'x', [], {}, ...candidates(root, root)];
  for (const full of [false, true]) {
    const base = validInstance(root, root, full);
    out.push(base);
    mutations(root, root, base, [], out, base);
  }
  const seen = new Set<string>();
  return out.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
