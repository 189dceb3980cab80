/**
 * The `legacy_envelope_v1` contract (reference `legacy.py`): classify a stored row as one of the
 * named legacy shapes and promote it deterministically to a canonical 3.x envelope, keeping the
 * raw input for audit. Detectors run in a fixed order, first match wins; anything else becomes
 * an `UnnormalizableLegacyDiagnostic`, never a silent pass. `normalize()` never mutates its input.
 */
import { frozenSet } from '../conventions';
import { sha1 } from '../conventions/sha1';
import { Described, ForbidExtra, IsJsonObject, IsListOf, IsPyString, pyStringType, WireModel } from '../validation';
import type { JsonObject } from '../validation';
import { Lane } from '../status/lanes';

export const LEGACY_ENVELOPE_CONTRACT_NAME = 'legacy_envelope_v1';

export const RECOGNIZED_LEGACY_SHAPES: ReadonlySet<string> = frozenSet<string>([
  'pre_3_0_envelope',
  'feature_keys_envelope',
  'awaiting_review_synonym',
]);

const RAW_DESCRIPTION = 'Original raw input retained verbatim for audit.';
const NO_HINTS: readonly string[] = Object.freeze([]);

@Described('A canonical envelope produced by promoting a named legacy shape.')
@ForbidExtra()
export class NormalizedEnvelope extends WireModel {
  @IsJsonObject({ description: 'Canonical-shape event ready for validate_event(strict=True).' })
  readonly canonical!: JsonObject;

  @IsJsonObject({ description: RAW_DESCRIPTION })
  readonly raw!: JsonObject;

  @IsPyString({ minLength: 1 }, { description: 'Which named shape detector matched. Member of RECOGNIZED_LEGACY_SHAPES.' })
  readonly legacy_shape!: string;
}

@Described('Structured diagnostic for legacy rows that cannot be promoted.')
@ForbidExtra()
export class UnnormalizableLegacyDiagnostic extends WireModel {
  @IsPyString({ minLength: 1 }, { description: "Machine-readable reason code (e.g. 'pre_3_0_envelope_missing_identity')." })
  readonly reason!: string;

  @IsListOf(pyStringType(), {}, { default: () => NO_HINTS, description: 'Free-form hints describing why normalization failed.' })
  readonly shape_hints!: readonly string[];

  @IsJsonObject({ description: RAW_DESCRIPTION })
  readonly raw!: JsonObject;
}

/** What `LegacyEnvelopeNormalizer.normalize()` returns (reference `NormalizationResult`). */
export type NormalizationResult = NormalizedEnvelope | UnnormalizableLegacyDiagnostic;
/** At run time, the union's member classes (as Python's `Union[...]` alias exposes them). */
export const NormalizationResult: readonly [typeof NormalizedEnvelope, typeof UnnormalizableLegacyDiagnostic] = Object.freeze([
  NormalizedEnvelope,
  UnnormalizableLegacyDiagnostic,
] as const);

/** RFC 4122 name-based UUID, version 5 (SHA-1), as Python's `uuid.uuid5`. */
export function uuid5(namespace: string, name: string): string {
  const nsHex = namespace.replace(/-/g, '');
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) input[i] = parseInt(nsHex.slice(i * 2, i * 2 + 2), 16);
  input.set(nameBytes, 16);
  const bytes = sha1(input).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** `uuid5(NAMESPACE_URL, 'spec-kitty-events/legacy')`: the namespace of minted project UUIDs. */
export const LEGACY_NAMESPACE: string = uuid5(NAMESPACE_URL, 'spec-kitty-events/legacy');

const LEGACY_KEY_RENAMES: readonly (readonly [string, string])[] = [
  ['feature_slug', 'mission_slug'],
  ['feature_number', 'mission_number'],
];

const has = (o: JsonObject, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const isRecord = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Own-key copy (keeps `__proto__` as data). */
function copy(source: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(source)) Object.defineProperty(out, key, { value: source[key], enumerable: true, writable: true, configurable: true });
  return out;
}

function set(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Rename feature_* keys to mission_* (an existing mission_* key wins); true when any was present. */
function renameLegacyKeys(target: JsonObject): boolean {
  let any = false;
  for (const [from, to] of LEGACY_KEY_RENAMES) {
    if (!has(target, from)) continue;
    any = true;
    const value = target[from];
    delete target[from];
    if (!has(target, to)) set(target, to, value);
  }
  return any;
}

const codePointOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Promote known legacy event envelopes to canonical 3.x shape. Stateless. */
export class LegacyEnvelopeNormalizer {
  normalize(rawEvent: Record<string, unknown>): NormalizationResult {
    if (!isRecord(rawEvent)) throw new TypeError('LegacyEnvelopeNormalizer.normalize expects a JSON object');
    const raw = rawEvent;
    const normalized = (canonical: JsonObject, legacy_shape: string): NormalizedEnvelope =>
      NormalizedEnvelope.fromDict({ canonical, raw, legacy_shape });
    const diagnostic = (reason: string, shape_hints: string[]): UnnormalizableLegacyDiagnostic =>
      UnnormalizableLegacyDiagnostic.fromDict({ reason, shape_hints, raw });

    // 1. pre-3.0 envelope: event_type + payload, no project_uuid.
    if (typeof raw['event_type'] === 'string' && isRecord(raw['payload']) && !has(raw, 'project_uuid')) {
      const nodeId = raw['node_id'];
      const buildId = raw['build_id'];
      if (!nonEmptyString(nodeId) || !nonEmptyString(buildId)) {
        const hints: string[] = [];
        if (!nonEmptyString(nodeId)) hints.push('missing node_id');
        if (!nonEmptyString(buildId)) hints.push('missing build_id');
        return diagnostic('pre_3_0_envelope_missing_identity', hints);
      }
      const canonical = copy(raw);
      set(canonical, 'project_uuid', uuid5(LEGACY_NAMESPACE, `${nodeId}/${buildId}`));
      if (!has(canonical, 'schema_version')) set(canonical, 'schema_version', '3.0.0');
      if (!has(canonical, 'correlation_id') && typeof canonical['event_id'] === 'string') set(canonical, 'correlation_id', canonical['event_id']);
      return normalized(canonical, 'pre_3_0_envelope');
    }

    // 2. retired feature_* keys at top level (payload renamed too).
    if (LEGACY_KEY_RENAMES.some(([from]) => has(raw, from))) {
      const canonical = copy(raw);
      renameLegacyKeys(canonical);
      const inner = canonical['payload'];
      if (isRecord(inner) && LEGACY_KEY_RENAMES.some(([from]) => has(inner, from))) {
        const payload = copy(inner);
        renameLegacyKeys(payload);
        set(canonical, 'payload', payload);
      }
      return normalized(canonical, 'feature_keys_envelope');
    }

    // 3. 'awaiting-review' lane synonym.
    const payload = raw['payload'];
    if (isRecord(payload) && payload['to_lane'] === 'awaiting-review') {
      const canonical = copy(raw);
      const newPayload = copy(payload);
      set(newPayload, 'to_lane', Lane.IN_REVIEW);
      set(canonical, 'payload', newPayload);
      return normalized(canonical, 'awaiting_review_synonym');
    }

    return diagnostic('unrecognized_legacy_shape', Object.keys(raw).sort(codePointOrder));
  }
}
