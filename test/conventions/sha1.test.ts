/** The plain-JavaScript SHA-1 (browser-safe uuid5) equals Node's crypto on every length across the padding boundaries. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha1 } from '../../src/conventions/sha1';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('sha1', () => {
  it('matches crypto for lengths 0..200 (both padding cases of every block)', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 131 + n) & 255);
      expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  it('matches crypto on random inputs', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => hex(sha1(bytes)) === createHash('sha1').update(bytes).digest('hex')), { numRuns: 200 });
  });
});
