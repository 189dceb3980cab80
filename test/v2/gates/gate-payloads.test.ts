import { Event } from '../../../src/v2/envelope/event';
import { ValidationError } from '../../../src/envelope/errors';
import { GateFailedPayload, GatePassedPayload, GatePayloadBase } from '../../../src/v2/gates';
import { classForEventType, entryForSchemaName, registryEntries } from '../../../src/v2/registry';
import type { Violation } from '../../../src/validation';

const G0 = Object.freeze({
  gate_name: 'ci/build',
  gate_type: 'ci',
  conclusion: 'success',
  external_provider: 'github',
  check_run_id: 12345,
  check_run_url: 'https://github.com/owner/repo/runs/12345',
  delivery_id: 'abc',
});
const F0 = Object.freeze({ ...G0, conclusion: 'failure' });

type GateClass = typeof GatePassedPayload | typeof GateFailedPayload | typeof GatePayloadBase;

function violations(cls: GateClass, data: unknown): [string, string, string][] {
  try {
    cls.fromDict(data);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).violations.map((v: Violation) => [v.type, v.loc.join('.'), v.msg]);
  }
  throw new Error('expected a ValidationError');
}

const URL_FIELD = (url: unknown): unknown => GatePassedPayload.fromDict({ ...G0, check_run_url: url }).check_run_url;
const URL_ERROR = (url: unknown): [string, string, string][] => violations(GatePassedPayload, { ...G0, check_run_url: url });

describe('GatePassedPayload / GateFailedPayload construction', () => {
  it('a valid GatePassed exposes all fields; pr_number optional/null; toDict key order', () => {
    const p = GatePassedPayload.fromDict({ ...G0, check_run_url: 'https://github.com/org/repo/runs/123456' });
    expect(p.gate_name).toBe('ci/build');
    expect(p.gate_type).toBe('ci');
    expect(p.conclusion).toBe('success');
    expect(p.external_provider).toBe('github');
    expect(p.check_run_id).toBe(12345);
    expect(p.check_run_url).toBe('https://github.com/org/repo/runs/123456');
    expect(p.delivery_id).toBe('abc');
    expect(p.pr_number).toBeNull();
    expect(Object.keys(p.toDict())).toEqual([
      'gate_name',
      'gate_type',
      'conclusion',
      'external_provider',
      'check_run_id',
      'check_run_url',
      'delivery_id',
      'pr_number',
    ]);
    expect(typeof p.toDict()['check_run_url']).toBe('string');
    expect(GatePassedPayload.fromDict({ ...G0, pr_number: 42 }).pr_number).toBe(42);
    expect(GatePassedPayload.fromDict({ ...G0, pr_number: null }).pr_number).toBeNull();
  });

  it('round trip equal; unknown keys ignored', () => {
    const p = GateFailedPayload.fromDict({ ...F0, pr_number: 7, extra: 'x' });
    expect(p.toDict()).toEqual({ ...F0, pr_number: 7 });
    expect(GateFailedPayload.fromDict(p.toDict()).toDict()).toEqual(p.toDict());
  });

  it.each(['failure', 'timed_out', 'cancelled', 'action_required'])('GateFailed accepts %s', (conclusion) => {
    expect(GateFailedPayload.fromDict({ ...G0, conclusion }).conclusion).toBe(conclusion);
  });

  it.each(['failure', 'timed_out', 'cancelled', 'action_required', 'neutral', 'skipped', 'stale', 'SUCCESS', '', '\udc00'])(
    'GatePassed rejects conclusion %p (literal_error, or string_unicode)',
    (conclusion) => {
      const type = conclusion === '\udc00' ? 'string_unicode' : 'literal_error';
      const msg = conclusion === '\udc00' ? 'Input should be a valid string, unable to parse raw data as a unicode string' : "Input should be 'success'";
      expect(violations(GatePassedPayload, { ...G0, conclusion })).toEqual([[type, 'conclusion', msg]]);
    },
  );

  it.each(['success', 'neutral', 'skipped', 'stale', 'Failure', '', 5])('GateFailed rejects conclusion %p', (conclusion) => {
    expect(violations(GateFailedPayload, { ...G0, conclusion })).toEqual([
      ['literal_error', 'conclusion', "Input should be 'failure', 'timed_out', 'cancelled' or 'action_required'"],
    ]);
  });

  it.each(['gate_name', 'gate_type', 'conclusion', 'external_provider', 'check_run_id', 'check_run_url', 'delivery_id'])(
    'omitting %s fails for both subclasses',
    (field) => {
      for (const [cls, base] of [[GatePassedPayload, G0], [GateFailedPayload, F0]] as const) {
        const data: Record<string, unknown> = { ...base };
        delete data[field];
        expect(violations(cls, data)).toEqual([['missing', field, 'Field required']]);
      }
    },
  );

  it('rejects empty gate_name / delivery_id, gate_type not_ci, provider gitlab', () => {
    expect(violations(GatePassedPayload, { ...G0, gate_name: '', gate_type: 'not_ci', external_provider: 'gitlab', delivery_id: '' })).toEqual([
      ['string_too_short', 'gate_name', 'String should have at least 1 character'],
      ['literal_error', 'gate_type', "Input should be 'ci'"],
      ['literal_error', 'external_provider', "Input should be 'github'"],
      ['string_too_short', 'delivery_id', 'String should have at least 1 character'],
    ]);
    expect(violations(GatePassedPayload, { ...G0, gate_type: 'CI', external_provider: null })).toEqual([
      ['literal_error', 'gate_type', "Input should be 'ci'"],
      ['literal_error', 'external_provider', "Input should be 'github'"],
    ]);
  });

  it.each([
    [0, 'greater_than', 'Input should be greater than 0'],
    [-1, 'greater_than', 'Input should be greater than 0'],
    ['123', 'int_type', 'Input should be a valid integer'],
    [true, 'int_type', 'Input should be a valid integer'],
    [1.5, 'int_type', 'Input should be a valid integer'],
    [null, 'int_type', 'Input should be a valid integer'],
    [[1], 'int_type', 'Input should be a valid integer'],
  ])('check_run_id %p → %s', (value, type, msg) => {
    expect(violations(GatePassedPayload, { ...G0, check_run_id: value })).toEqual([[type, 'check_run_id', msg]]);
  });

  it.each([
    [0, 'greater_than', 'Input should be greater than 0'],
    [-1, 'greater_than', 'Input should be greater than 0'],
    ['42', 'int_type', 'Input should be a valid integer'],
    [true, 'int_type', 'Input should be a valid integer'],
    [4.2, 'int_type', 'Input should be a valid integer'],
  ])('pr_number %p → %s', (value, type, msg) => {
    expect(violations(GatePassedPayload, { ...G0, pr_number: value })).toEqual([[type, 'pr_number', msg]]);
  });

  it('12.0 is indistinguishable from 12 after JSON.parse (accepted in JS)', () => {
    expect(GatePassedPayload.fromDict(JSON.parse('{"gate_name":"g","gate_type":"ci","conclusion":"success","external_provider":"github","check_run_id":12.0,"check_run_url":"https://x","delivery_id":"d","pr_number":42.0}')).check_run_id).toBe(12);
  });

  it('lone surrogates fail constrained strings and literals', () => {
    const s = '\udc00';
    const msg = 'Input should be a valid string, unable to parse raw data as a unicode string';
    expect(violations(GatePassedPayload, { ...G0, gate_name: s, gate_type: s, external_provider: s, delivery_id: s })).toEqual([
      ['string_unicode', 'gate_name', msg],
      ['string_unicode', 'gate_type', msg],
      ['string_unicode', 'external_provider', msg],
      ['string_unicode', 'delivery_id', msg],
    ]);
  });

  it('both subclasses are frozen', () => {
    for (const p of [GatePassedPayload.fromDict(G0), GateFailedPayload.fromDict(F0)]) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(() => {
        (p as { gate_name: string }).gate_name = 'x';
      }).toThrow(TypeError);
    }
  });

  it('both are instances of the base and not of each other', () => {
    const passed = GatePassedPayload.fromDict(G0);
    const failed = GateFailedPayload.fromDict(F0);
    expect(passed).toBeInstanceOf(GatePayloadBase);
    expect(failed).toBeInstanceOf(GatePayloadBase);
    expect(passed).not.toBeInstanceOf(GateFailedPayload);
    expect(failed).not.toBeInstanceOf(GatePassedPayload);
  });

  it('a dumped gate payload can be an Event payload', () => {
    const event = Event.fromDict({
      event_id: '01HV0000000000000000000G01',
      event_type: 'GatePassed',
      aggregate_id: 'ci/build',
      payload: GatePassedPayload.fromDict(G0).toDict(),
      timestamp: '2026-01-01T00:00:00Z',
      node_id: 'n',
      lamport_clock: 1,
      project_uuid: '12345678-1234-5678-1234-567812345678',
      correlation_id: '01HV0000000000000000000COR',
    });
    expect(GatePassedPayload.fromDict(event.payload).toDict()).toEqual({ ...G0, pr_number: null });
  });
});

describe('GatePayloadBase (concrete, unregistered)', () => {
  it('can be constructed directly; conclusion is any non-empty text', () => {
    const p = GatePayloadBase.fromDict({ ...G0, conclusion: 'whatever' });
    expect(p.conclusion).toBe('whatever');
    expect(p).not.toBeInstanceOf(GatePassedPayload);
    expect(violations(GatePayloadBase, { ...G0, conclusion: '' })).toEqual([
      ['string_too_short', 'conclusion', 'String should have at least 1 character'],
    ]);
  });

  it('only the subclasses are registered', () => {
    expect(classForEventType('GatePassed')).toBe(GatePassedPayload);
    expect(classForEventType('GateFailed')).toBe(GateFailedPayload);
    expect(entryForSchemaName('gate_passed_payload')).toMatchObject({ kind: 'model', eventType: 'GatePassed' });
    expect(entryForSchemaName('gate_failed_payload')).toMatchObject({ kind: 'model', eventType: 'GateFailed' });
    expect(registryEntries().some((e) => e.kind === 'model' && e.target === GatePayloadBase)).toBe(false);
  });
});

describe('check_run_url (URL rules and facts of §14)', () => {
  it.each([
    ['https://github.com/org/repo/runs/1', 'https://github.com/org/repo/runs/1'],
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
    ['https:\\\\host.com', 'https://host.com/'],
    ['https://host.com/a/../b', 'https://host.com/b'],
  ])('%p is accepted and stored as %p', (input, href) => {
    expect(URL_FIELD(input)).toBe(href);
  });

  it('has no maximum length', () => {
    const long = `https://github.com/${'a'.repeat(100_000)}`;
    expect(URL_FIELD(long)).toBe(long);
  });

  it.each(['github.com/x', '//github.com/x', 'not-a-url', '   '])('%p → relative URL without a base', (input) => {
    expect(URL_ERROR(input)).toEqual([['url_parsing', 'check_run_url', 'Input should be a valid URL, relative URL without a base']]);
  });

  it.each(['https://', 'http://:80', 'https://#', 'ftp:'])('%p → empty host', (input) => {
    expect(URL_ERROR(input)).toEqual([['url_parsing', 'check_run_url', 'Input should be a valid URL, empty host']]);
  });

  it.each(['https://a b.com', 'https://xn--a.com', 'https://a<b.com:99999'])('%p → invalid international domain name', (input) => {
    expect(URL_ERROR(input)).toEqual([['url_parsing', 'check_run_url', 'Input should be a valid URL, invalid international domain name']]);
  });

  it('IPv4 / IPv6 / port errors', () => {
    expect(URL_ERROR('https://999.1.1.1')).toEqual([['url_parsing', 'check_run_url', 'Input should be a valid URL, invalid IPv4 address']]);
    expect(URL_ERROR('https://[1::2::3]')).toEqual([['url_parsing', 'check_run_url', 'Input should be a valid URL, invalid IPv6 address']]);
    expect(URL_ERROR('https://host.com:99999')).toEqual([['url_parsing', 'check_run_url', 'Input should be a valid URL, invalid port number']]);
  });

  it.each(['ftp://example.com/x', 'file:///etc/passwd', 'ws://host/x', 'mailto:a@b.c', 'javascript:alert(1)'])('%p → scheme error', (input) => {
    expect(URL_ERROR(input)).toEqual([['url_scheme', 'check_run_url', "URL scheme should be 'http' or 'https'"]]);
  });

  it('empty and non-string inputs', () => {
    expect(URL_ERROR('')).toEqual([['url_parsing', 'check_run_url', 'Input should be a valid URL, input is empty']]);
    expect(URL_ERROR(5)).toEqual([['url_type', 'check_run_url', 'URL input should be a string or URL']]);
    expect(URL_ERROR(null)).toEqual([['url_type', 'check_run_url', 'URL input should be a string or URL']]);
  });

  it('a lone surrogate is string_unicode', () => {
    expect(URL_ERROR('https://x/\udc00')).toEqual([
      ['string_unicode', 'check_run_url', 'Input should be a valid string, unable to parse raw data as a unicode string'],
    ]);
  });
});
