/** `PyDateTime.toDate()`: the instant as a JS Date (issue 10 item 6). */
import fc from 'fast-check';
import { PyDateTime } from '../../../src/validation/parsers';

describe('PyDateTime.toDate', () => {
  it('applies the offset and keeps milliseconds', () => {
    const t = new PyDateTime(2026, 3, 1, 10, 0, 1, 123456, 60);
    expect(t.toDate().toISOString()).toBe('2026-03-01T09:00:01.123Z');
  });

  it('truncates microseconds toward the past, also before 1970', () => {
    expect(new PyDateTime(1969, 12, 31, 23, 59, 59, 999999, 0).toDate().toISOString()).toBe('1969-12-31T23:59:59.999Z');
    expect(new PyDateTime(1, 1, 1, 0, 0, 0, 999, 0).toDate().toISOString()).toBe('0001-01-01T00:00:00.000Z');
  });

  it('reads a naive value as UTC, as utcSeconds does', () => {
    expect(new PyDateTime(2026, 1, 15, 10).toDate().toISOString()).toBe('2026-01-15T10:00:00.000Z');
  });

  it('covers the whole range (years 1 to 9999, offsets to ±23:59)', () => {
    expect(new PyDateTime(9999, 12, 31, 23, 59, 59, 999999, -1439).toDate().toISOString()).toBe('+010000-01-01T23:58:59.999Z');
    expect(new PyDateTime(1, 1, 1, 0, 0, 0, 0, 1439).toDate().toISOString()).toBe('0000-12-31T00:01:00.000Z');
  });

  it('returns a fresh Date each call (the value stays immutable)', () => {
    const t = new PyDateTime(2026, 1, 1, 0, 0, 0, 0, 0);
    const d = t.toDate();
    d.setUTCFullYear(1999);
    expect(t.toDate().getUTCFullYear()).toBe(2026);
  });

  it('law: fromDate(d).toDate() is d, for every Date in range', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (d) => {
        expect(PyDateTime.fromDate(d).toDate().getTime()).toBe(d.getTime());
      }),
    );
  });

  it('law: toDate() is utcSeconds() plus the truncated milliseconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 86_399 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.option(fc.integer({ min: -1439, max: 1439 }), { nil: null }),
        (year, month, day, seconds, micro, offset) => {
          const t = new PyDateTime(year, month, day, Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60, micro, offset);
          expect(t.toDate().getTime()).toBe(t.utcSeconds() * 1000 + Math.floor(micro / 1000));
        },
      ),
    );
  });
});
