/**
 * The canonical-form scans behind the identifier fast paths: a string passes exactly when the
 * full parser accepts it and returns it unchanged, so the fast paths can return it as it is.
 */
import fc from 'fast-check';
import { eventIdType, normalizeEventId } from '../../../src/envelope/event-id';
import { pyUuidType } from '../../../src/validation/constraints/is-uuid';
import { fastCheck, INVALID } from '../../../src/validation/field-type';
import { parseUuid } from '../../../src/validation/parsers';
import { isCanonicalUlid, isCanonicalUuid } from '../../../src/validation/parsers/ascii-class';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Units a ULID or UUID scan could confuse: every Crockford digit in both cases, the excluded letters, hex, hyphen, non-ASCII look-alikes. */
const UNITS = `${CROCKFORD}${CROCKFORD.toLowerCase()}ILOUilou-abcdefABCDEF\u017f\u212a\u0130\u00e9\ud800{}:`;
const unit = fc.constantFrom(...UNITS.split(''));
const idLike = fc.oneof(
  fc.array(unit, { minLength: 24, maxLength: 38 }).map((units) => units.join('')),
  fc.uuid().map((u) => u.toLowerCase()),
  fc.uuid(),
  fc.array(fc.constantFrom(...CROCKFORD.split('')), { minLength: 26, maxLength: 26 }).map((units) => units.join('')),
  fc.string({ maxLength: 40 }),
);

function normalized(s: string): string | null {
  try {
    return normalizeEventId(s);
  } catch {
    return null;
  }
}

test('isCanonicalUlid: exactly the 26-unit ids that normalisation returns unchanged', () => {
  fc.assert(
    fc.property(idLike, (s) => {
      expect(isCanonicalUlid(s)).toBe(s.length === 26 && normalized(s) === s);
    }),
    { numRuns: 3000 },
  );
});

test('isCanonicalUuid: exactly the 36-unit UUIDs the lax parser returns unchanged', () => {
  fc.assert(
    fc.property(idLike, (s) => {
      const outcome = parseUuid(s);
      expect(isCanonicalUuid(s)).toBe(s.length === 36 && outcome.ok && outcome.value === s);
    }),
    { numRuns: 3000 },
  );
});

test('the event-id and UUID fast checks agree with their full parsers on every input', () => {
  const eventId = fastCheck(eventIdType());
  const uuid = fastCheck(pyUuidType());
  fc.assert(
    fc.property(idLike, (s) => {
      const id = normalized(s);
      expect(eventId(s)).toBe(id === null ? INVALID : id);
      const outcome = parseUuid(s);
      expect(uuid(s)).toBe(outcome.ok ? outcome.value : INVALID);
    }),
    { numRuns: 3000 },
  );
  expect(eventId('01ARZ3NDEKTSV4RRFFQ69G5FAV')).toBe('01ARZ3NDEKTSV4RRFFQ69G5FAV');
  expect(eventId('01arz3ndektsv4rrffq69g5fav')).toBe('01ARZ3NDEKTSV4RRFFQ69G5FAV');
  expect(uuid('A1B2C3D4-E5F6-7890-ABCD-EF1234567890')).toBe('a1b2c3d4-e5f6-7890-abcd-ef1234567890');
});

test('the remembered canonical id is never a value no id was accepted as (a fresh field rejects "")', () => {
  expect(fastCheck(eventIdType())('')).toBe(INVALID);
  expect(fastCheck(eventIdType({ nullable: true }))('')).toBe(INVALID);
  const uuid = fastCheck(pyUuidType());
  expect(uuid('')).toBe(INVALID);
  expect(uuid('12345678-1234-5678-1234-567812345678')).toBe('12345678-1234-5678-1234-567812345678');
  expect(uuid('')).toBe(INVALID);
});
