/**
 * Python's type name of a value, as the reference's error texts print it (`input_type=...`,
 * `'int' object is not iterable`, `got list`). JSON values: `str`, `int` (integral numbers),
 * `float`, `bool`, `NoneType`, `list`, `dict`. Beyond JSON: bigint → `int`, `undefined` →
 * `NoneType`, Set → `set`, Map → `dict`, other objects → their constructor's name (`object`
 * when it has none or a Proxy trap throws).
 */
export function pyTypeName(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'undefined':
      return 'NoneType';
    case 'object':
      return value === null ? 'NoneType' : objectTypeName(value);
    default:
      return typeof value;
  }
}

function objectTypeName(value: object): string {
  try {
    if (Array.isArray(value)) return 'list';
    if (value instanceof Set) return 'set';
    if (value instanceof Map) return 'dict';
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
    if (proto === null || proto === Object.prototype) return 'dict';
    const name = proto.constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'object';
  } catch {
    return 'object'; // a Proxy whose traps throw
  }
}
