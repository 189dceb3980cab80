/**
 * `migrateEnvelope`: rewrites a 2.1.0 envelope (and its payload) into a 6.1.0 envelope that
 * `Event.fromDict` and `validateEvent` accept (issue 12; the reference's compatibility policy
 * requires historical 2.x rows to be canonicalised before re-ingestion, and ships no tool).
 *
 * What it changes, each recorded in `changes`:
 * - `schema_version` → "3.0.0" (the cutover signal);
 * - `build_id`: `options.buildId`, else kept when present, else derived: `"migrated-2.1.0:" +
 *   node_id` — stable per producing node, so every row of one node gets one build identity
 *   and re-running the migration gives the same value;
 * - forbidden legacy keys at any depth: `feature_slug` → `mission_slug`, `feature_number` →
 *   `mission_number` (an existing equal mission_* value wins; a different one fails);
 *   `mission_key` and `legacy_aggregate_id` are removed;
 * - forbidden event names: `FeatureCreated` → `MissionCreated`, `FeatureClosed` → `MissionClosed`;
 *   aggregate `feature/…` → `mission/…` (`feature_catalog` has no 6.1.0 counterpart: failed);
 * - ULID identifiers (`event_id`, `correlation_id`, `causation_id`) that 2.1.0 accepted but
 *   6.1.0 rejects (not Crockford base32): upper-cased and decoded the Crockford way, I and L
 *   → 1, O → 0, and U (no Crockford reading) → V; the same input always gives the same
 *   identifier, so references between rows stay consistent;
 * - lanes: the 2.1.0 alias `doing` → `in_progress`, `awaiting-review` → `in_review` (every
 *   other 2.1.0 lane is a 6.1.0 lane).
 * An envelope already at 6.1.0 (contractVersionOf) that validates is `unchanged`; the output
 * is validated (envelope, and the payload when its event type is registered at 6.1.0) and a
 * row that still fails is `failed` with the violations, never dropped or half-migrated.
 */
import '../all-models'; // reads the 6.1.0 registry (classForEventType): every area registered
import { isPlainObject } from '../conventions';
import { contractVersionOf, CUTOVER_ARTIFACT, FORBIDDEN_LEGACY_KEYS } from '../cutover';
import { validateEvent } from '../conformance/validate-event';
import { Event } from '../envelope';
import { registryFor } from '../registry';

export const MIGRATION_SCHEMA_VERSION = '3.0.0';
export const DERIVED_BUILD_ID_PREFIX = 'migrated-2.1.0:';

export interface MigrateOptions {
  /** build_id for every migrated envelope (an already-valid 6.1.0 row is left unchanged); default: kept, else derived from node_id. */
  readonly buildId?: string;
}

export type MigrationStatus = 'migrated' | 'unchanged' | 'failed';

export interface MigrationSuccess {
  readonly status: 'migrated' | 'unchanged';
  readonly envelope: Readonly<Record<string, unknown>>;
  /** Human-readable list of the rewrites applied (empty when unchanged). */
  readonly changes: readonly string[];
  /** True when the payload's event type is not registered at 6.1.0 (envelope checked only). */
  readonly payloadUnchecked: boolean;
}

export interface MigrationFailure {
  readonly status: 'failed';
  readonly reason: string;
  readonly input: unknown;
}

export type MigrationResult = MigrationSuccess | MigrationFailure;

const KEY_RENAMES: Readonly<Record<string, string>> = Object.freeze({ feature_slug: 'mission_slug', feature_number: 'mission_number' });
const EVENT_RENAMES: Readonly<Record<string, string>> = Object.freeze({ FeatureCreated: 'MissionCreated', FeatureClosed: 'MissionClosed' });
const LANE_RENAMES: Readonly<Record<string, string>> = Object.freeze({ doing: 'in_progress', 'awaiting-review': 'in_review' });
const LANE_FIELDS: ReadonlySet<string> = new Set(['from_lane', 'to_lane', 'lane']);

class MigrationError extends Error {}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Deep copy of a JSON value (iterative) with forbidden keys handled and lanes mapped. */
function rewrite(value: unknown, changes: string[]): unknown {
  const root: { v: unknown } = { v: undefined };
  const stack: { source: unknown; assign: (v: unknown) => void; path: string }[] = [{ source: value, assign: (v) => (root.v = v), path: '' }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { source, assign, path } = stack.pop()!;
    if (Array.isArray(source)) {
      if (seen.has(source)) throw new MigrationError(`cyclic value at ${path || '<root>'}`);
      seen.add(source);
      const out: unknown[] = new Array(source.length);
      assign(out);
      source.forEach((item, i) => stack.push({ source: item, assign: (v) => (out[i] = v), path: `${path}[${i}]` }));
      continue;
    }
    if (!isPlainObject(source)) {
      assign(source);
      continue;
    }
    if (seen.has(source)) throw new MigrationError(`cyclic value at ${path || '<root>'}`);
    seen.add(source);
    const out: Record<string, unknown> = {};
    assign(out);
    const keys = Object.keys(source);
    for (const key of keys) {
      const child = source[key];
      const at = path === '' ? key : `${path}.${key}`;
      let target = key;
      if (FORBIDDEN_LEGACY_KEYS.has(key)) {
        const renamed = KEY_RENAMES[key];
        if (renamed === undefined) {
          changes.push(`removed ${at}`);
          continue;
        }
        if (Object.prototype.hasOwnProperty.call(source, renamed)) {
          if (JSON.stringify(source[renamed]) !== JSON.stringify(child)) throw new MigrationError(`${at} and ${renamed} disagree`);
          changes.push(`removed ${at} (equal ${renamed} present)`);
          continue;
        }
        changes.push(`renamed ${at} to ${renamed}`);
        target = renamed;
      }
      if (LANE_FIELDS.has(key) && typeof child === 'string' && LANE_RENAMES[child] !== undefined) {
        changes.push(`lane ${at}: ${child} to ${LANE_RENAMES[child]}`);
        define(out, target, LANE_RENAMES[child]);
        continue;
      }
      const placeholder = out;
      define(placeholder, target, undefined);
      stack.push({ source: child, assign: (v) => define(placeholder, target, v), path: at });
    }
  }
  return root.v;
}

const ULID_FIELDS: readonly string[] = Object.freeze(['event_id', 'correlation_id', 'causation_id']);
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const CROCKFORD_REPAIR: Readonly<Record<string, string>> = Object.freeze({ I: '1', L: '1', O: '0', U: 'V' });

/** A 26-character identifier 6.1.0 rejects, rewritten to Crockford base32; otherwise unchanged. */
export function repairUlid(value: string): string {
  if (value.length !== 26 || CROCKFORD.test(value)) return value;
  const repaired = value.toUpperCase().replace(/[ILOU]/g, (c) => CROCKFORD_REPAIR[c]!);
  return CROCKFORD.test(repaired) ? repaired : value;
}

function violationText(result: ReturnType<typeof validateEvent>): string {
  const model = result.modelViolations.map((v) => `${v.field}: ${v.message}`);
  const schema = result.schemaViolations.map((v) => `${v.jsonPath}: ${v.message}`);
  return [...model, ...schema].slice(0, 5).join('; ');
}

/** Validates a 6.1.0 envelope; null when valid, else the reason. */
function check(envelope: Record<string, unknown>): { reason: string | null; payloadUnchecked: boolean } {
  const env = validateEvent(envelope, 'Event');
  if (!env.valid) return { reason: `envelope invalid at 6.1.0: ${violationText(env)}`, payloadUnchecked: false };
  try {
    Event.fromDict(envelope);
  } catch (error) {
    return { reason: `Event.fromDict rejected it: ${(error as Error).message}`, payloadUnchecked: false };
  }
  const type = envelope['event_type'];
  if (typeof type !== 'string' || registryFor('6.1.0').classForEventType(type) === undefined) return { reason: null, payloadUnchecked: true };
  const payload = validateEvent(envelope['payload'], type as never);
  return payload.valid ? { reason: null, payloadUnchecked: false } : { reason: `payload invalid at 6.1.0 (${type}): ${violationText(payload)}`, payloadUnchecked: false };
}

/** Rewrites a 2.1.0 envelope into 6.1.0 form; see the module comment for every rule. Never mutates or throws. */
export function migrateEnvelope(v2Envelope: unknown, options: MigrateOptions = {}): MigrationResult {
  const fail = (reason: string): MigrationFailure => Object.freeze({ status: 'failed', reason, input: v2Envelope });
  if (!isPlainObject(v2Envelope)) return fail('not a JSON object');
  if (contractVersionOf(v2Envelope) === '6.1.0') {
    const verdict = check(v2Envelope);
    if (verdict.reason === null) return Object.freeze({ status: 'unchanged', envelope: v2Envelope, changes: Object.freeze([]), payloadUnchecked: verdict.payloadUnchecked });
  }
  const changes: string[] = [];
  let out: Record<string, unknown>;
  try {
    out = rewrite(v2Envelope, changes) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof MigrationError) return fail(error.message);
    throw error;
  }
  const signal = CUTOVER_ARTIFACT.signal_field_name;
  if (out[signal] !== MIGRATION_SCHEMA_VERSION) {
    changes.push(`${signal}: ${JSON.stringify(out[signal] ?? null)} to ${MIGRATION_SCHEMA_VERSION}`);
    define(out, signal, MIGRATION_SCHEMA_VERSION);
  }
  if (options.buildId !== undefined) {
    if (out['build_id'] !== options.buildId) changes.push(`build_id set from options`);
    define(out, 'build_id', options.buildId);
  } else if (typeof out['build_id'] !== 'string' || out['build_id'] === '') {
    if (typeof out['node_id'] !== 'string' || out['node_id'] === '') return fail('no build_id option and no node_id to derive one from');
    define(out, 'build_id', `${DERIVED_BUILD_ID_PREFIX}${out['node_id']}`);
    changes.push('build_id derived from node_id');
  }
  for (const field of ULID_FIELDS) {
    const id = out[field];
    if (typeof id !== 'string') continue;
    const repaired = repairUlid(id);
    if (repaired !== id) {
      changes.push(`${field} ${id} to ${repaired} (Crockford base32)`);
      define(out, field, repaired);
    }
  }
  const type = out['event_type'];
  if (typeof type === 'string' && EVENT_RENAMES[type] !== undefined) {
    changes.push(`event_type ${type} to ${EVENT_RENAMES[type]}`);
    define(out, 'event_type', EVENT_RENAMES[type]);
  }
  const aggregate = out['aggregate_id'];
  if (typeof aggregate === 'string') {
    const prefix = aggregate.split('/')[0]!;
    if (prefix === 'feature_catalog') return fail('aggregate feature_catalog has no 6.1.0 counterpart');
    if (prefix === 'feature') {
      const renamed = `mission${aggregate.slice('feature'.length)}`;
      changes.push(`aggregate_id ${aggregate} to ${renamed}`);
      define(out, 'aggregate_id', renamed);
    }
  }
  const verdict = check(out);
  if (verdict.reason !== null) return fail(verdict.reason);
  return Object.freeze({ status: 'migrated', envelope: Object.freeze(out), changes: Object.freeze(changes), payloadUnchecked: verdict.payloadUnchecked });
}
