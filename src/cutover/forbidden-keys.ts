/**
 * The recursive forbidden-key walker (reference `forbidden_keys`): finds legacy keys at any
 * depth of a JSON value, inside objects and array elements alike. Only KEYS are inspected (a
 * string value equal to a forbidden name is fine). Visit order is depth-first and
 * deterministic: an object's keys in order (each key is reported before its value is
 * walked), array elements by index. JSON objects and arrays are walked; everything else
 * (primitives, Maps, class instances) is a leaf, as non-`dict`/`list` values are in the reference.
 *
 * The walk is iterative (an explicit stack), so depth is bounded by memory, not by the call
 * stack, and costs O(nodes) plus the length of each reported path; paths are linked lists
 * materialised only for hits. A cyclic (non-JSON) input is reported, never walked forever.
 */
import { isPlainObject } from '../conventions';
import { frozenSet } from '../conventions';
import { ValidationError } from '../envelope/errors';
import { ContractValidationError, ValidationErrorCode, type ContractErrorPathSegment } from './validation-errors';

/** The closed, versioned set of forbidden legacy keys (reference `FORBIDDEN_LEGACY_KEYS`). */
export const FORBIDDEN_LEGACY_KEYS: ReadonlySet<string> = frozenSet([
  'feature_slug',
  'feature_number',
  'mission_key',
  'legacy_aggregate_id',
]);

/** Bumped on any membership change of `FORBIDDEN_LEGACY_KEYS`. */
export const FORBIDDEN_LEGACY_KEYS_VERSION = 'v1';

export interface ForbiddenKeyOptions {
  /** The forbidden set; default `FORBIDDEN_LEGACY_KEYS`. */
  readonly forbidden?: ReadonlySet<string>;
}

/** A path as a linked list: each node knows its parent, so a step costs O(1). */
interface PathNode {
  readonly parent: PathNode | null;
  readonly segment: ContractErrorPathSegment;
}

function materialise(node: PathNode | null): ContractErrorPathSegment[] {
  const path: ContractErrorPathSegment[] = [];
  for (let n = node; n !== null; n = n.parent) path.push(n.segment);
  return path.reverse();
}

/** One container being walked: its entries, the next position, and where it sits. */
interface Frame {
  readonly container: object;
  readonly keys: readonly string[] | null; // null: an array
  readonly length: number;
  index: number;
  readonly path: PathNode | null;
}

function frameFor(value: unknown, path: PathNode | null): Frame | null {
  if (Array.isArray(value)) return { container: value, keys: null, length: value.length, index: 0, path };
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    return { container: value, keys, length: keys.length, index: 0, path };
  }
  return null;
}

/**
 * Yields a `FORBIDDEN_KEY` rejection for every forbidden key found in `data`, in visit order:
 * message `Forbidden legacy key '<key>' is not allowed`, `path` the location of the key
 * (object keys as strings, array indices as numbers), details `{key}`.
 */
export function* findForbiddenKeys(data: unknown, options: ForbiddenKeyOptions = {}): Generator<ContractValidationError, void, undefined> {
  const forbidden = options.forbidden ?? FORBIDDEN_LEGACY_KEYS;
  const root = frameFor(data, null);
  if (root === null) return;
  const stack: Frame[] = [root];
  const open = new Set<object>([root.container]);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.length) {
      stack.pop();
      open.delete(frame.container);
      continue;
    }
    const at = frame.index++;
    let segment: ContractErrorPathSegment;
    let child: unknown;
    if (frame.keys === null) {
      segment = at;
      child = (frame.container as readonly unknown[])[at];
    } else {
      const key = frame.keys[at]!;
      segment = key;
      child = (frame.container as Record<string, unknown>)[key];
    }
    const path: PathNode = { parent: frame.path, segment };
    if (frame.keys !== null && forbidden.has(segment as string)) {
      const key = segment as string;
      yield new ContractValidationError({
        code: ValidationErrorCode.FORBIDDEN_KEY,
        message: `Forbidden legacy key '${key}' is not allowed`,
        path: materialise(path),
        details: { key },
      });
    }
    const next = frameFor(child, path);
    if (next !== null) {
      if (open.has(next.container)) {
        throw new ValidationError(`findForbiddenKeys: circular reference at ${JSON.stringify(materialise(path))}`);
      }
      open.add(next.container);
      stack.push(next);
    }
  }
}

/** The first forbidden-key rejection in visit order, or null when `data` is clean (stops at the first hit). */
export function validateNoForbiddenKeys(data: unknown, options: ForbiddenKeyOptions = {}): ContractValidationError | null {
  for (const error of findForbiddenKeys(data, options)) return error;
  return null;
}
