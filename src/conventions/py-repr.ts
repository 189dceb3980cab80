/**
 * `pyRepr` / `pyStr`: the text Python's `repr()` / `str()` gives for a JSON value
 * (CONVENTIONS.md §2, §3). The reference interpolates values into error messages and
 * anomaly texts this way, and those messages are part of the contract, so the port must
 * reproduce them character for character — including which characters are escaped, which
 * follows CPython 3.11's Unicode 14.0 tables (embedded in ./unicode14-nonprintable.ts)
 * rather than the JS engine's newer ones.
 */
import { isMapLike, isSetLike } from './frozen-collections';
import { arrayElements } from './json-walk';
import { UNICODE14_NONPRINTABLE_RANGES } from './unicode14-nonprintable';

const RANGES = UNICODE14_NONPRINTABLE_RANGES;
const RANGE_PAIRS = RANGES.length >>> 1;

/**
 * Python 3.11 `str.isprintable()` for one code point: false for general category Cc, Cf,
 * Cs, Co, Cn, Zl, Zp, Zs of Unicode 14.0, except U+0020. Lone surrogates are Cs.
 */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  // Binary search for the last range whose start is <= cp.
  let lo = 0;
  let hi = RANGE_PAIRS - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (RANGES[mid * 2] <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi < 0 || cp > RANGES[hi * 2 + 1];
}

/** Printable ASCII except `'` and `\`: such a string's repr is just `'` + s + `'`. */
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** Python `repr()` of a str (CONVENTIONS.md §2.1). */
export function pyReprString(s: string): string {
  if (PLAIN_ASCII.test(s)) return `'${s}'`;
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const len = s.length;
  let out = quote;
  let runStart = 0; // start of the pending run of characters copied unchanged
  let i = 0;
  while (i < len) {
    let cp = s.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < len) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let esc: string | undefined;
    if (cp === 0x5c) esc = '\\\\';
    else if (cp === 0x27) esc = quote === "'" ? "\\'" : undefined;
    else if (cp === 0x09) esc = '\\t';
    else if (cp === 0x0a) esc = '\\n';
    else if (cp === 0x0d) esc = '\\r';
    else if (!isPrintable(cp)) {
      esc = cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
    }
    if (esc !== undefined) {
      if (runStart < i) out += s.slice(runStart, i);
      out += esc;
      runStart = i + width;
    }
    i += width;
  }
  if (runStart < len) out += runStart === 0 ? s : s.slice(runStart);
  return out + quote;
}

/**
 * Python `repr()` of a float or int that JSON.parse produced (CONVENTIONS.md §2.2).
 * Integral values print as ints (never with an exponent); -0 prints `0`.
 */
export function pyReprNumber(x: number): string {
  if (Number.isInteger(x)) {
    // Safe integers: String() is exact and cheaper than BigInt. Beyond, String() may use
    // exponent form (≥ 1e21), so go through BigInt for the full decimal expansion.
    // (String(-0) is "0".)
    return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
  }
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  // Fractional values are below 2^52 in magnitude, so only the small end can need exponent
  // form. Python switches at 1e-4 (JS at 1e-6); both pick the shortest round-trip digits.
  if (Math.abs(x) < 1e-4) {
    const e = x.toExponential(); // e.g. "1.5e-7"; the exponent is always negative here
    const at = e.indexOf('e');
    const exp = e.slice(at + 2);
    return `${e.slice(0, at)}e-${exp.length < 2 ? '0' + exp : exp}`;
  }
  return String(x);
}

/** Python `repr()` of a JSON value (CONVENTIONS.md §2). */
export function pyRepr(x: unknown): string {
  switch (typeof x) {
    case 'string':
      return pyReprString(x);
    case 'number':
      return pyReprNumber(x);
    case 'boolean':
      return x ? 'True' : 'False';
    default:
      return x === null || x === undefined || typeof x !== 'object' ? reprScalar(x) : safeReprComposite(x);
  }
}

/**
 * Python `str()` of a JSON value (CONVENTIONS.md §3): strings verbatim, everything else as
 * its pyRepr.
 */
export function pyStr(x: unknown): string {
  return typeof x === 'string' ? x : pyRepr(x);
}

/**
 * Arrays, objects, and values outside the JSON data model. Port extensions beyond §2 (not
 * reachable from JSON.parse), chosen to never throw while building a message:
 * `undefined` → `None` (an absent optional is None in Python); bigint → its digits;
 * `Map`/`FrozenMap` → dict form in insertion order; `Set`/`FrozenSet` → set form `{a, b}` / `set()` in
 * insertion order; a container that contains itself → `[...]` / `{...}` as Python prints
 * recursive containers; any other object → its own enumerable string keys, like a plain
 * object. Symbols and functions fall back to `String()`. Arrays are their real elements
 * (holes skipped, ./json-walk.ts).
 *
 * Iterative (an explicit stack of pending pieces), so any nesting depth renders in time
 * linear in the output; Python's own `repr` gives up at its recursion limit instead. A value
 * whose getters or Proxy traps throw renders as `<unprintable list object>` (pyRepr never throws).
 */
function safeReprComposite(root: object): string {
  try {
    return reprComposite(root)!;
  } catch {
    // A getter or Proxy trap threw while the value was read: what pydantic prints when
    // Python's repr() raises.
    return `<unprintable ${containerKind(root)} object>`;
  }
}

/** `list` / `dict` / `object`, never throwing (a revoked Proxy cannot even be asked). */
function containerKind(x: object): string {
  try {
    return Array.isArray(x) ? 'list' : isPlainObjectLike(x) ? 'dict' : 'object';
  } catch {
    return 'object';
  }
}

function isPlainObjectLike(x: object): boolean {
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Path depth up to which "is this container open?" is a scan of the path (no Set, no identity hash). */
const PATH_SCAN = 32;

/**
 * The walk keeps one frame per open container (the current path), in parallel arrays: its
 * items (read when it is entered), its keys (raw names to render, rendered keys, or none) and
 * the next position. A container met again on its own path prints `[...]` / `{...}`.
 */
/**
 * `pyRepr(value)` when `value` nests less than `maxDepth` deep (`nestingDepth`'s measure: the
 * non-empty containers on a path, a container met again on its path adding nothing), in one
 * walk; null once the rendering reaches `maxDepth` open containers. Unlike `pyRepr` it does not
 * catch: whatever reading the value throws propagates.
 */
export function pyReprWithin(value: unknown, maxDepth: number): string | null {
  return typeof value === 'object' && value !== null ? reprComposite(value, maxDepth) : pyRepr(value);
}

function reprComposite(root: object, maxDepth: number = Infinity): string | null {
  const containers: object[] = [];
  const itemLists: (readonly unknown[])[] = [];
  const keyLists: (readonly string[] | null)[] = [];
  /** Per frame: whether its keys are raw property names (rendered when printed). */
  const rawKeys: boolean[] = [];
  const closings: string[] = [];
  const positions: number[] = [];
  /** The open containers deeper than PATH_SCAN (the shallower ones are scanned). */
  let deepOpen: Set<object> | null = null;
  let out = '';
  let x: unknown = root;
  for (;;) {
    if (typeof x !== 'object' || x === null) {
      out += reprScalar(x);
    } else if (isOpen(x, containers, deepOpen)) {
      out += Array.isArray(x) ? '[...]' : '{...}';
    } else {
      const container: object = x;
      let items: readonly unknown[];
      let keys: readonly string[] | null = null;
      let raw = false;
      let opening = '{';
      let closing = '}';
      let empty = '{}';
      if (Array.isArray(container)) {
        items = arrayElements(container);
        opening = '[';
        closing = ']';
        empty = '[]';
      } else if (isSetLike(container)) {
        items = [...container];
        empty = 'set()';
      } else if (isMapLike(container)) {
        const values: unknown[] = [];
        const rendered: string[] = [];
        for (const [k, v] of container) {
          rendered.push(pyRepr(k));
          values.push(v);
        }
        items = values;
        keys = rendered;
      } else {
        const obj = container as Record<string, unknown>;
        const names = Object.keys(obj);
        const values: unknown[] = new Array<unknown>(names.length);
        for (let i = 0; i < names.length; i++) values[i] = obj[names[i]!];
        items = values;
        keys = names;
        raw = true;
      }
      if (items.length === 0) {
        out += empty;
      } else {
        if (containers.length + 1 >= maxDepth) return null;
        out += opening;
        if (containers.length >= PATH_SCAN) (deepOpen ??= new Set()).add(container);
        containers.push(container);
        itemLists.push(items);
        keyLists.push(keys);
        rawKeys.push(raw);
        closings.push(closing);
        positions.push(0);
      }
    }
    // The next value to print, closing the containers that are done.
    for (;;) {
      const top = containers.length - 1;
      if (top < 0) return out;
      const at = positions[top]!;
      const items = itemLists[top]!;
      if (at < items.length) {
        positions[top] = at + 1;
        const keys = keyLists[top]!;
        if (keys !== null) out += (at > 0 ? ', ' : '') + (rawKeys[top] ? pyReprString(keys[at]!) : keys[at]!) + ': ';
        else if (at > 0) out += ', ';
        x = items[at];
        break;
      }
      out += closings[top]!;
      const done = containers.pop()!;
      if (top >= PATH_SCAN) deepOpen!.delete(done);
      itemLists.pop();
      keyLists.pop();
      rawKeys.pop();
      closings.pop();
      positions.pop();
    }
  }
}

/** Whether `x` is a container on the current path. */
function isOpen(x: object, path: readonly object[], deepOpen: ReadonlySet<object> | null): boolean {
  const scan = path.length < PATH_SCAN ? path.length : PATH_SCAN;
  for (let i = 0; i < scan; i++) if (path[i] === x) return true;
  return deepOpen !== null && deepOpen.has(x);
}

function reprScalar(x: unknown): string {
  if (x === null || x === undefined) return 'None';
  switch (typeof x) {
    case 'string':
      return pyReprString(x);
    case 'number':
      return pyReprNumber(x);
    case 'boolean':
      return x ? 'True' : 'False';
    case 'bigint':
      return x.toString();
    default:
      return String(x);
  }
}
