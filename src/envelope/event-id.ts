/**
 * Event identifiers of the 6.1.0 envelope (`event_id`, `causation_id`, `correlation_id`):
 * a 26-character Crockford base32 ULID (upper-cased), a hyphenated UUID (lower-cased) or a
 * bare 32-digit hex UUID (lower-cased and hyphenated). `normalizeEventId` is the reference's
 * `normalize_event_id`; the field type runs it before the length constraints, as the
 * reference's `mode="before"` validator does, and reports its failures as `value_error`.
 *
 * Layout as for every constraint: `IS_EVENT_ID`, the predicate `isEventId`, the field type
 * `eventIdType` and the decorator `IsEventId`.
 */
import { codePointLength, pyRepr, pyTypeName } from '../conventions';
import { fieldDecorator, type FieldDecoratorOptions } from '../validation/field-decorator';
import { INVALID, type FieldType, type JsonSchema } from '../validation/field-type';
import { parsePyString } from '../validation/parsers';
import { isCanonicalUlid, isCanonicalUuid, rememberingTest } from '../validation/parsers/ascii-class';
import { pyStringCheck } from '../validation/parsers/py-string';
import { ValidationError } from './errors';

export const IS_EVENT_ID = 'isEventId';

/** Crockford base32 (no I, L, O, U), either case; `u`: code points, so `ſ` and `K` fold like Python's. */
const ULID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/iu;
const UUID_HYPHEN_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_BARE_RE = /^[0-9a-f]{32}$/i;

/** The JSON Schema pattern of the reference (all three inbound forms). */
export const EVENT_ID_PATTERN =
  '^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$' +
  '|^[0-9a-fA-F]{32}$' +
  '|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** Lengths checked after normalisation (always met by a normalised id). */
const ID_LENGTH = { minLength: 26, maxLength: 36 } as const;

/** The canonical form of `value`, or the reference's message explaining why there is none. */
function normalize(value: unknown): { readonly ok: true; readonly id: string } | { readonly ok: false; readonly message: string } {
  if (typeof value !== 'string') return { ok: false, message: `event_id must be a string; got ${pyTypeName(value)}` };
  const length = codePointLength(value);
  if (length === 26) {
    if (!ULID_RE.test(value)) {
      return {
        ok: false,
        message: `26-char event_id must be valid Crockford base32 (chars I, L, O, U are not allowed); got ${pyRepr(value)}`,
      };
    }
    return { ok: true, id: value.toUpperCase() };
  }
  if (length === 36 && UUID_HYPHEN_RE.test(value)) return { ok: true, id: value.toLowerCase() };
  if (length === 32 && UUID_BARE_RE.test(value)) {
    const h = value.toLowerCase();
    return { ok: true, id: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}` };
  }
  return {
    ok: false,
    message: `event_id must be 26-char ULID (Crockford base32), 36-char UUID, or 32-char hex UUID; got ${length} chars`,
  };
}

/**
 * The canonical form of an event id (reference `normalize_event_id`): ULIDs upper-cased,
 * UUIDs lower-cased and hyphenated. Throws the library's `ValidationError` (message only)
 * with the reference's message for a non-string or an id in none of the three forms.
 */
export function normalizeEventId(value: unknown): string {
  const result = normalize(value);
  if (!result.ok) throw new ValidationError(result.message);
  return result.id;
}

/** True when `value` is an event id in one of the three accepted forms. */
export function isEventId(value: unknown): value is string {
  return normalize(value).ok;
}

export interface EventIdOptions {
  /** `Optional[str] = None`: null passes (and is the default); the pattern sits beside the `anyOf`. */
  readonly nullable?: boolean;
}

/** The field type of an event id: normalisation (value_error on failure), then pydantic's str checks. */
export function eventIdType(options: EventIdOptions & { readonly nullable: true }): FieldType<string | null>;
export function eventIdType(options?: EventIdOptions): FieldType<string>;
export function eventIdType(options: EventIdOptions = {}): FieldType<string | null> {
  const nullable = options.nullable === true;
  const stringSchema: JsonSchema = { type: 'string', ...ID_LENGTH };
  const schema: JsonSchema = nullable
    ? { anyOf: [stringSchema, { type: 'null' }], pattern: EVENT_ID_PATTERN }
    : { ...stringSchema, pattern: EVENT_ID_PATTERN };
  const idCheck = pyStringCheck(ID_LENGTH);
  const isCanonical = rememberingTest((s) => isCanonicalUlid(s) || isCanonicalUuid(s));
  return {
    name: IS_EVENT_ID,
    fast(input) {
      if (input === null) return nullable ? null : INVALID;
      // Already canonical (the common case): normalisation would return it unchanged.
      if (typeof input === 'string' && isCanonical(input)) return input;
      const result = normalize(input);
      return result.ok ? (idCheck(result.id) ?? INVALID) : INVALID;
    },
    parse(input, loc, out) {
      let candidate: unknown = input;
      if (input === null) {
        if (nullable) return null;
        // The before-validator passes null on to the `str` check (`string_type`).
      } else {
        const result = normalize(input);
        if (!result.ok) {
          out.push({ type: 'value_error', loc, msg: `Value error, ${result.message}`, input, ctx: { error: result.message } });
          return INVALID;
        }
        candidate = result.id;
      }
      const outcome = parsePyString(candidate, ID_LENGTH);
      if (outcome.ok) return outcome.value;
      out.push(
        outcome.ctx === undefined
          ? { type: outcome.type, loc, msg: outcome.msg, input: candidate }
          : { type: outcome.type, loc, msg: outcome.msg, input: candidate, ctx: outcome.ctx },
      );
      return INVALID;
    },
    toJson: (value) => value,
    schema: () => schema,
  };
}

/** Decorator of an event-id field; `{ nullable: true }` for `causation_id`. */
export function IsEventId(options: EventIdOptions = {}, field: FieldDecoratorOptions<string> = {}): PropertyDecorator {
  if (options.nullable === true) {
    const nullableField: FieldDecoratorOptions<string | null> = { default: null, ...field };
    return fieldDecorator(eventIdType({ nullable: true }), nullableField);
  }
  return fieldDecorator(eventIdType(), field);
}
