/**
 * AnyHttpUrl vs HttpUrl: every http(s) field of the reference (connector `endpoint_url`, sync
 * `external_ref_url`, gates `check_run_url`) is `AnyHttpUrl`, which has no length limit; the
 * field type's `maxLength` option gives pydantic's `HttpUrl` (2083 UTF-8 bytes of the input,
 * checked before parsing). Expected values were taken from pydantic 2 (TypeAdapter(HttpUrl)).
 */
import 'reflect-metadata';
import { ConnectorProvisionedPayload } from '../../src/connector';
import { HTTP_URL_MAX_LENGTH, httpUrlType, isHttpUrl, parseHttpUrl } from '../../src/validation';
import type { SchemaDefs } from '../../src/validation/field-type';
import { golden, type PayloadCase } from '../support/golden-6';

const HTTP_URL = { maxLength: HTTP_URL_MAX_LENGTH } as const;
const TOO_LONG = { ok: false, type: 'url_too_long', msg: 'URL should have at most 2083 characters', ctx: { max_length: 2083 } };

describe('HttpUrl (maxLength 2083)', () => {
  it.each<[string, string]>([
    ['2083 ASCII bytes', 'http://a.com?' + 'x'.repeat(2070)],
    ['2083 bytes, 2084 after normalisation', 'http://a.com' + '/' + 'x'.repeat(2070)],
    ['1035 two-byte characters (2083 bytes)', 'http://a.com?' + 'é'.repeat(1035)],
  ])('accepts %s', (_name, url) => expect(parseHttpUrl(url, HTTP_URL).ok).toBe(true));

  it.each<[string, string]>([
    ['2084 ASCII bytes', 'http://a.com?' + 'x'.repeat(2071)],
    ['2070 characters of 2 bytes (2083 characters, 4153 bytes)', 'http://a.com?' + 'é'.repeat(2070)],
    ['1036 two-byte characters (2085 bytes)', 'http://a.com?' + 'é'.repeat(1036)],
    ['a wrong scheme: the length wins', 'ftp://a.com?' + 'x'.repeat(2100)],
  ])('rejects %s with url_too_long', (_name, url) => expect(parseHttpUrl(url, HTTP_URL)).toEqual(TOO_LONG));

  it('keeps the type error for non-strings', () => expect(parseHttpUrl(123, HTTP_URL)).toMatchObject({ ok: false, type: 'url_type' }));

  it('publishes the limit in the schema, as pydantic', () => {
    const defs: SchemaDefs = { ref: () => { throw new Error('a URL has no $defs'); } };
    expect(httpUrlType(HTTP_URL).schema(defs)).toEqual({ type: 'string', format: 'uri', maxLength: 2083, minLength: 1 });
    expect(httpUrlType().schema(defs)).toEqual({ type: 'string', format: 'uri', minLength: 1 });
  });
});

describe('AnyHttpUrl (no options)', () => {
  const long = 'https://example.com/' + 'x'.repeat(5000);
  it('accepts URLs longer than 2083', () => {
    expect(isHttpUrl(long)).toBe(true);
    expect(isHttpUrl(long, HTTP_URL)).toBe(false);
  });

  it('connector endpoint_url is AnyHttpUrl', () => {
    const valid = golden<PayloadCase[]>('connsync-payloads.json').find((c) => c.event_type === 'ConnectorProvisioned' && c.valid);
    expect(valid).toBeDefined();
    const result = ConnectorProvisionedPayload.safeFromDict({ ...(valid!.input as Record<string, unknown>), endpoint_url: long });
    expect(result.ok && result.value.endpoint_url).toBe(long);
  });
});
