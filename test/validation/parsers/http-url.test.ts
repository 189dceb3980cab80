/** STATUS_AND_GATES.md §14 URL rules for `check_run_url` (every row of the facts table). */
import { HTTP_URL_MAX_LENGTH, parseHttpUrl, urlFailureReason } from '../../../src/validation/parsers';
import { expectFail, expectOk } from './helpers';

function expectReason(input: string, reason: string): void {
  expectFail(parseHttpUrl(input), 'url_parsing', `Input should be a valid URL, ${reason}`, { error: reason });
}

describe('§14 accepted → href', () => {
  test.each<[string, string]>([
    ['https://github.com/org/repo/runs/1', 'https://github.com/org/repo/runs/1'],
    ['https://github.com/org/repo/runs/123456', 'https://github.com/org/repo/runs/123456'],
    ['https://github.com', 'https://github.com/'],
    ['http://github.com', 'http://github.com/'],
    ['HTTPS://GitHub.COM/Org/Repo', 'https://github.com/Org/Repo'],
    ['https://host.com:443/x', 'https://host.com/x'],
    ['http://host.com:80/x', 'http://host.com/x'],
    ['https://host.com?q=1', 'https://host.com/?q=1'],
    ['https://host.com#f', 'https://host.com/#f'],
    ['https://github.com/a b', 'https://github.com/a%20b'],
    ['https://host.com/ä', 'https://host.com/%C3%A4'],
    [' https://github.com/x ', 'https://github.com/x'],
    ['https://github.com/x\n', 'https://github.com/x'],
    ['https://münchen.de/x', 'https://xn--mnchen-3ya.de/x'],
    ['https://localhost', 'https://localhost/'],
    ['http://localhost:8080/x', 'http://localhost:8080/x'],
    ['https://127.0.0.1/x', 'https://127.0.0.1/x'],
    ['https://[::1]/x', 'https://[::1]/x'],
    ['https://x', 'https://x/'],
    ['https:/host.com', 'https://host.com/'],
    ['https:\\host.com', 'https://host.com/'],
    ['https:\\\\host.com', 'https://host.com/'],
    ['https://host.com/a/../b', 'https://host.com/b'],
    ['https:///x', 'https://x/'],
  ])('%j → %s', (input, href) => {
    expect(expectOk(parseHttpUrl(input))).toBe(href);
  });

  test('no maximum length (100 000 characters)', () => {
    const long = 'https://github.com/' + 'a'.repeat(100000);
    expect(expectOk(parseHttpUrl(long))).toBe(long);
  });

  test('a JS URL object is accepted like its href', () => {
    expect(expectOk(parseHttpUrl(new URL('https://github.com')))).toBe('https://github.com/');
  });
});

describe('§14 rejected', () => {
  test.each<[string, unknown]>([
    ['number', 123],
    ['null', null],
    ['true', true],
    ['array', ['https://x']],
    ['object', { href: 'https://x' }],
    ['undefined', undefined],
  ])('non-string %s → url_type', (_label, input) => {
    expectFail(parseHttpUrl(input), 'url_type', 'URL input should be a string or URL');
  });

  test('"" → input is empty', () => {
    expectReason('', 'input is empty');
  });

  test.each(['github.com/x', '//github.com/x', 'not-a-url', '   ', '\n', '1http://x', '/x'])(
    '%j → relative URL without a base',
    (input) => {
      expectReason(input, 'relative URL without a base');
    },
  );

  test.each(['ftp://host.com/x', 'file:///etc/passwd', 'ws://host.com/x', 'wss://host.com', 'mailto:a@b.com', 'javascript:alert(1)'])(
    '%j → url_scheme',
    (input) => {
      expectFail(parseHttpUrl(input), 'url_scheme', "URL scheme should be 'http' or 'https'", {
        expected_schemes: "'http' or 'https'",
      });
    },
  );

  test.each(['https://', 'http://:80', 'https://#', 'ftp:', 'https://user@', 'https://?q'])(
    '%j → empty host',
    (input) => {
      expectReason(input, 'empty host');
    },
  );

  test.each(['https://a b.com', 'https://xn--a.com', 'https://a<b.com:99999', 'https://a%zz.1'])(
    '%j → invalid international domain name',
    (input) => {
      expectReason(input, 'invalid international domain name');
    },
  );

  test.each(['https://999.1.1.1', 'https://1.2.3.4.5', 'https://0x1g.0x', 'https://a.256.', 'https://%31%32%33%34%35%36%37%38%39%30%31'])(
    '%j → invalid IPv4 address',
    (input) => {
      expectReason(input, 'invalid IPv4 address');
    },
  );

  test.each(['https://[1::2::3]', 'https://[::1', 'https://[::1]x', 'https://[zz]/'])('%j → invalid IPv6 address', (input) => {
    expectReason(input, 'invalid IPv6 address');
  });

  test.each(['https://host.com:99999', 'https://host.com:x', 'https://[::1]:99999', 'http://u:p@host.com:-1/'])(
    '%j → invalid port number',
    (input) => {
      expectReason(input, 'invalid port number');
    },
  );

  test.each(['\udc00', 'https://github.com/\ud800'])('lone surrogate %j → string_unicode', (input) => {
    expectFail(
      parseHttpUrl(input),
      'string_unicode',
      'Input should be a valid string, unable to parse raw data as a unicode string',
    );
  });

  test('urlFailureReason strips C0/space ends and TAB/LF/CR before reading the scheme', () => {
    expect(urlFailureReason('\u0000 ht\ttps://\n')).toBe('empty host');
  });
});

describe('parseHttpUrl: the accepted-URL cache never changes a verdict', () => {
  it('a repeated text gives the same frozen result; the length rule still applies to a cached text', () => {
    const long = `https://example.com/${'a'.repeat(2100)}`;
    const first = parseHttpUrl('https://münchen.de/a b');
    const again = parseHttpUrl('https://münchen.de/a b');
    expect(again).toEqual(first);
    expect(again.ok && again.value).toBe('https://xn--mnchen-3ya.de/a%20b');
    expect(Object.isFrozen(again)).toBe(true);
    // Accepted without a limit (and cached), then refused under HttpUrl's max_length.
    expect(parseHttpUrl(long).ok).toBe(true);
    expect(parseHttpUrl(long, { maxLength: HTTP_URL_MAX_LENGTH })).toMatchObject({ ok: false, type: 'url_too_long' });
    const short = 'https://example.com/x';
    expect(parseHttpUrl(short).ok).toBe(true);
    expect(parseHttpUrl(short, { maxLength: 10 })).toMatchObject({ ok: false, type: 'url_too_long' });
  });

  it('stays bounded and keeps answering the same past its size (thousands of distinct URLs)', () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 3000; i++) {
        const outcome = parseHttpUrl(`https://host-${i}.example/p?q=${i}`);
        expect(outcome.ok && outcome.value).toBe(`https://host-${i}.example/p?q=${i}`);
      }
    }
    expect(parseHttpUrl('ftp://example.com/')).toMatchObject({ ok: false, type: 'url_scheme' });
    expect(parseHttpUrl('https://').ok).toBe(false);
  });
});
