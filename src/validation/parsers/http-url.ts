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
 * Every step is linear in the input (no backtracking regex on user text, issue 9 item 1).
 */

import { fail, ok, type ParseFailure, type ParseOutcome } from '../violation';
import { hasLoneSurrogate } from './text';

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

/**
 * `HttpUrl`: a string (or a JS `URL`) the WHATWG parser accepts with scheme `http:` or
 * `https:` → its `href`. Parse errors win over the scheme check. Never throws.
 */
export function parseHttpUrl(input: unknown): ParseOutcome<string> {
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
  const url = tryParse(text);
  if (url === null) return parsingFail(urlFailureReason(text));
  const protocol = url.protocol;
  if (protocol !== 'http:' && protocol !== 'https:') return URL_SCHEME;
  return ok(url.href);
}
