/**
 * pydantic's `HttpUrl` for `check_run_url` (STATUS_AND_GATES.md §14).
 *
 * Why the WHATWG parser: the reference (Rust `url` crate) implements the same standard, so
 * `new URL` gives the same accept/reject decision and `href`. What Node does not give is
 * pydantic's reason text; it is re-derived by the contract's steps 1–7 on the failure path only.
 *
 * Why not `URL.canParse` as a cheap pre-check: once V8 optimises it, it misjudges one-byte
 * (Latin-1) strings such as `https://münchen.de/` (issue 9 item 18), so a verdict would depend
 * on what ran before. Only `new URL` decides.
 *
 * International hosts are the exception: the reference maps them through UTS #46 with its own
 * tables, so a host needing IDNA processing is converted to ASCII here (`idna.ts`, tables
 * measured on the reference) before Node parses the URL; the reason of a failure is then
 * judged on the mapped host (emptiness, IPv4 form), as the reference does (issue 9 item 21).
 *
 * Every step is linear in the input (no backtracking regex on user text, issue 9 item 1),
 * punycode of very long non-ASCII labels aside.
 */

import { fail, ok, type ParseFailure, type ParseOutcome } from '../violation';
import { domainToAsciiLikeReference } from './idna';
import { hasLoneSurrogate, utf8Length } from './text';

const URL_TYPE = Object.freeze(fail('url_type', 'URL input should be a string or URL'));
const URL_SCHEME = Object.freeze(
  fail('url_scheme', "URL scheme should be 'http' or 'https'", { expected_schemes: "'http' or 'https'" }),
);
const STRING_UNICODE = Object.freeze(
  fail('string_unicode', 'Input should be a valid string, unable to parse raw data as a unicode string'),
);

/** `new URL(text)` or null. */
function tryParse(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function canParse(text: string): boolean {
  return tryParse(text) !== null;
}

function parsingFail(reason: string): ParseFailure {
  return fail('url_parsing', `Input should be a valid URL, ${reason}`, { error: reason });
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const TAB_NEWLINE = /[\t\n\r]/g;
const HEX_LABEL = /^0x[0-9a-f]*$/;
const DIGITS_LABEL = /^[0-9]+$/;

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Percent-decoded text of a host (bytes read as UTF-8), or null when an escape is malformed. */
function percentDecode(host: string): string | null {
  if (!host.includes('%')) return host;
  const utf8 = new TextEncoder().encode(host);
  const out: number[] = [];
  for (let i = 0; i < utf8.length; i++) {
    const b = utf8[i];
    if (b === 0x25) {
      const hi = i + 1 < utf8.length ? hexValue(utf8[i + 1]) : -1;
      const lo = i + 2 < utf8.length ? hexValue(utf8[i + 2]) : -1;
      if (hi < 0 || lo < 0) return null;
      out.push(hi * 16 + lo);
      i += 2;
    } else {
      out.push(b);
    }
  }
  return new TextDecoder().decode(new Uint8Array(out));
}

/** `text` without the C0 controls and spaces (U+0000–U+0020) at both ends: one linear scan. */
export function stripC0AndSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** WHATWG "ends in a number" on the percent-decoded, lower-cased host (§14 step 6). */
function endsInNumber(host: string): boolean {
  const decoded = percentDecode(host);
  if (decoded === null) return false;
  const labels = decoded.toLowerCase().split('.');
  let last = labels[labels.length - 1];
  if (last === '' && labels.length > 1) last = labels[labels.length - 2];
  return DIGITS_LABEL.test(last) || HEX_LABEL.test(last);
}

/** The `{reason}` of a string the WHATWG parser rejected (§14 steps 1–7). */
export function urlFailureReason(input: string): string {
  const prepared = withReferenceHost(input);
  return 'reason' in prepared ? prepared.reason : asciiHostFailureReason(prepared.text);
}

/** Steps 1–7 on a string whose host needs no IDNA processing (or is already ASCII). */
function asciiHostFailureReason(input: string): string {
  // 1. Strip C0 controls and space at both ends, drop every TAB/LF/CR.
  const t = stripC0AndSpace(input).replace(TAB_NEWLINE, '');
  // 2. No scheme.
  const m = SCHEME.exec(t);
  if (m === null) return 'relative URL without a base';
  const scheme = m[0].slice(0, -1);
  // 3. The authority, without userinfo.
  let i = m[0].length;
  while (i < t.length && (t[i] === '/' || t[i] === '\\')) i++;
  let j = i;
  while (j < t.length && t[j] !== '/' && t[j] !== '\\' && t[j] !== '?' && t[j] !== '#') j++;
  let authority = t.slice(i, j);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  // 4. IPv6 literal or host:port.
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close < 0) return 'invalid IPv6 address';
    const bracketed = authority.slice(0, close + 1);
    const rest = authority.slice(close + 1);
    if (!canParse('http://' + bracketed + '/') || (rest !== '' && !rest.startsWith(':'))) {
      return 'invalid IPv6 address';
    }
    return 'invalid port number';
  }
  const colon = authority.indexOf(':');
  const host = colon < 0 ? authority : authority.slice(0, colon);
  // 5. Empty host.
  if (host === '') return 'empty host';
  // 6. Host rejected on its own.
  if (!canParse(scheme + '://' + host + '/')) {
    return endsInNumber(host) ? 'invalid IPv4 address' : 'invalid international domain name';
  }
  // 7. Otherwise the port.
  return 'invalid port number';
}

const SPECIAL_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'ftp']);
/** WHATWG forbidden domain code points (a percent-decoded host must not hold any). */
const FORBIDDEN_DOMAIN = /[\u0000-\u0020#%/:<>?@[\\\]^|\u007f]/;
const NEEDS_IDNA = /[^\u0000-\u007f]|%|xn--/i;

/**
 * The text for Node's parser, or the failure reason. `hostname`: the reference's ASCII host,
 * when the text holds a placeholder instead (Node re-validates `xn--` labels with ICU's
 * tables, which differ from the reference's, so it never sees them).
 */
type HostOutcome = { readonly text: string; readonly hostname?: string } | { readonly reason: string };

const PLACEHOLDER_HOST = 'idna-host.invalid';

/**
 * Replaces a special URL's host by its ASCII form computed as the reference does (UTS #46 with
 * the reference's tables, `idna.ts`), so that Node's parser only ever sees ASCII hosts. Hosts
 * that are plain ASCII (no `%`, no `xn--` label) and IPv6 literals are left to Node. Linear
 * apart from punycode itself.
 */
function withReferenceHost(input: string): HostOutcome {
  const t = stripC0AndSpace(input).replace(TAB_NEWLINE, '');
  const m = SCHEME.exec(t);
  if (m === null || !SPECIAL_SCHEMES.has(m[0].slice(0, -1).toLowerCase())) return { text: input };
  let i = m[0].length;
  while (i < t.length && (t[i] === '/' || t[i] === '\\')) i++;
  let end = i;
  while (end < t.length && t[end] !== '/' && t[end] !== '\\' && t[end] !== '?' && t[end] !== '#') end++;
  const at = t.lastIndexOf('@', end - 1);
  const start = at >= i ? at + 1 : i;
  if (t[start] === '[') return { text: input };
  let stop = start;
  while (stop < end && t[stop] !== ':') stop++;
  const host = t.slice(start, stop);
  if (!NEEDS_IDNA.test(host)) return { text: input };
  const decoded = percentDecode(host);
  if (decoded === null) return { text: input };
  const ascii = domainToAsciiLikeReference(decoded);
  if (ascii === null || FORBIDDEN_DOMAIN.test(ascii)) return { reason: 'invalid international domain name' };
  if (ascii === '') return { reason: 'empty host' };
  if (!ascii.split('.').some((label) => label.startsWith('xn--'))) {
    return { text: t.slice(0, start) + ascii + t.slice(stop) };
  }
  // A host ending in a number is read as IPv4, which an `xn--` label never is.
  if (endsInNumber(ascii)) return { reason: 'invalid IPv4 address' };
  return { text: t.slice(0, start) + PLACEHOLDER_HOST + t.slice(stop), hostname: ascii };
}

/** WHATWG serialisation of a special URL with `hostname` in place of its host's name. */
function hrefWithHostname(url: URL, hostname: string): string {
  const { username, password, port } = url;
  const userinfo = username === '' && password === '' ? '' : username + (password === '' ? '' : ':' + password) + '@';
  return `${url.protocol}//${userinfo}${hostname}${port === '' ? '' : ':' + port}${url.pathname}${url.search}${url.hash}`;
}

/** Options of the http(s) URL parser: pydantic's `AnyHttpUrl` (no options) or `HttpUrl` (`{ maxLength: HTTP_URL_MAX_LENGTH }`). */
export interface HttpUrlOptions {
  /** Longest accepted input in UTF-8 bytes (pydantic `UrlConstraints.max_length`), checked before parsing. */
  readonly maxLength?: number;
}

/** pydantic `HttpUrl`'s `max_length`; `AnyHttpUrl` has none. */
export const HTTP_URL_MAX_LENGTH = 2083;

/**
 * Accepted URLs by input text (the length rule is checked before the cache, so one cache
 * serves both types): logs repeat the same few URLs (a connector's endpoint, a CI run's page),
 * and `new URL` is most of a payload's parse.
 * A pure function's results, frozen, so a hit is the same verdict; bounded (at most
 * `CACHE_ENTRIES` texts of at most `CACHED_TEXT_MAX` units each, emptied when full), and
 * failures are never kept.
 */
const ACCEPTED = new Map<string, ParseOutcome<string>>();
const CACHE_ENTRIES = 1024;
const CACHED_TEXT_MAX = 512;

/**
 * `AnyHttpUrl` (or `HttpUrl` with `maxLength`): a string (or a JS `URL`) the WHATWG parser
 * accepts with scheme `http:` or `https:` → its `href`. The length limit wins over parse
 * errors, parse errors over the scheme check. Never throws.
 */
export function parseHttpUrl(input: unknown, options: HttpUrlOptions = {}): ParseOutcome<string> {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (typeof input === 'object' && input !== null) {
    let href: string | null = null;
    try {
      if (input instanceof URL) href = input.href;
    } catch {
      href = null;
    }
    if (href === null) return URL_TYPE;
    text = href;
  } else {
    return URL_TYPE;
  }
  if (text.length === 0) return parsingFail('input is empty');
  if (hasLoneSurrogate(text)) return STRING_UNICODE;
  const { maxLength } = options;
  if (maxLength !== undefined && utf8Length(text) > maxLength) {
    return fail('url_too_long', `URL should have at most ${maxLength} characters`, { max_length: maxLength });
  }
  const known = ACCEPTED.get(text);
  if (known !== undefined) return known;
  const prepared = withReferenceHost(text);
  if ('reason' in prepared) return parsingFail(prepared.reason);
  const url = tryParse(prepared.text);
  if (url === null) return parsingFail(asciiHostFailureReason(prepared.text));
  const protocol = url.protocol;
  if (protocol !== 'http:' && protocol !== 'https:') return URL_SCHEME;
  const accepted = Object.freeze(ok(prepared.hostname === undefined ? url.href : hrefWithHostname(url, prepared.hostname)));
  if (text.length <= CACHED_TEXT_MAX) {
    if (ACCEPTED.size >= CACHE_ENTRIES) ACCEPTED.clear();
    ACCEPTED.set(text, accepted);
  }
  return accepted;
}
