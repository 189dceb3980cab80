/**
 * Issue 9 items 1 and 18: the URL parser's cost is linear in the input, and its verdict does
 * not depend on what was validated before in the same process.
 */
import { parseHttpUrl, urlFailureReason } from '../../../src/validation/parsers';
import { stripC0AndSpace } from '../../../src/validation/parsers/http-url';
import { expectFail, expectOk } from './helpers';

describe('item 1: long inner runs of spaces / control characters', () => {
  // Before the fix each of these took tens of seconds (quadratic end-stripping regex) and
  // ran past jest's timeout; the verdicts are the reference's.
  test.each<[string, string]>([
    ['space', ' '],
    ['NUL', '\u0000'],
    ['unit separator', '\u001f'],
  ])('"a" + 100 000 × %s + "a" → relative URL without a base', (_name, ch) => {
    const input = 'a' + ch.repeat(100000) + 'a';
    expectFail(parseHttpUrl(input), 'url_parsing', 'Input should be a valid URL, relative URL without a base', {
      error: 'relative URL without a base',
    });
  });

  test('a long inner run inside an otherwise valid URL is kept (percent-encoded in the path)', () => {
    const href = expectOk(parseHttpUrl('https://h.com/a' + ' '.repeat(50000) + 'b'));
    expect(href).toBe('https://h.com/a' + '%20'.repeat(50000) + 'b');
  });

  test('the reason of a host with a long inner run', () => {
    expect(urlFailureReason('https://a' + ' '.repeat(100000) + 'b/')).toBe('invalid international domain name');
  });

  test('stripC0AndSpace strips both ends only', () => {
    expect(stripC0AndSpace('\u0000 \u0020a \u0001 b\u001f \u0000')).toBe('a \u0001 b');
    expect(stripC0AndSpace('   ')).toBe('');
    expect(stripC0AndSpace('')).toBe('');
    expect(stripC0AndSpace('\u0021x\u0021')).toBe('\u0021x\u0021');
    const s = 'abc';
    expect(stripC0AndSpace(s)).toBe(s);
  });
});

describe('item 18: verdicts do not depend on history', () => {
  const LATIN1: ReadonlyArray<[string, string]> = [
    ['https://münchen.de/', 'https://xn--mnchen-3ya.de/'],
    ['https://straße.de/', 'https://xn--strae-oqa.de/'],
    ['https://café.fr/', 'https://xn--caf-dma.fr/'],
    ['https://a\u00adb.com/', 'https://ab.com/'],
  ];

  test('Latin-1 hosts give the same verdict after 20 000 validations as on the first call', () => {
    const first = LATIN1.map(([u]) => parseHttpUrl(u));
    expect(first.map((r) => (r.ok ? r.value : r.msg))).toEqual(LATIN1.map(([, href]) => href));
    for (let i = 0; i < 20000; i++) {
      parseHttpUrl(`https://github.com/org/repo/runs/${i}`);
      if (i % 7 === 0) parseHttpUrl(`not a url ${i}`);
    }
    const after = LATIN1.map(([u]) => parseHttpUrl(u));
    expect(after).toEqual(first);
    expect(after.map((r) => (r.ok ? r.value : r.msg))).toEqual(LATIN1.map(([, href]) => href));
  });
});
