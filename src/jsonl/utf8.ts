/**
 * Strict UTF-8 checking with the position of the first bad sequence, worded as Python's
 * strict `utf-8` codec words it (the reference reads logs with `json.loads` on bytes):
 * `invalid start byte`, `invalid continuation byte`, `unexpected end of data`. Surrogates
 * (`ED A0..BF ..`) and overlong forms are invalid, as in Python and WHATWG. No Node
 * built-ins: the reader runs in browsers and bundles too.
 */

// ignoreBOM: a byte-order mark inside the input stays a character (and is then not JSON), as in Python's strict codec.
const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** `bytes` decoded, or null when they are not UTF-8 (then `findUtf8Error` says where). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Where and why a byte sequence is not UTF-8. */
export interface Utf8Error {
  /** Offset of the first byte of the bad sequence, from the start of the checked bytes. */
  readonly offset: number;
  /** The byte at `offset`. */
  readonly byte: number;
  readonly reason: 'invalid start byte' | 'invalid continuation byte' | 'unexpected end of data';
}

/**
 * The first invalid sequence of `bytes`, or null when they are valid UTF-8.
 * `more` says whether bytes follow the checked range (then a sequence cut at its end is an
 * `invalid continuation byte` when the next byte is not a continuation, as a whole-input
 * decoder would see it; pass the next byte, or -1 when the input ends there).
 */
export function findUtf8Error(bytes: Uint8Array, nextByte = -1): Utf8Error | null {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return { offset: i, byte: b, reason: 'invalid start byte' };
    for (let k = 1; k <= need; k++) {
      const at = i + k;
      const c = at < n ? bytes[at]! : at === n ? nextByte : -1;
      if (c === -1) return { offset: i, byte: b, reason: 'unexpected end of data' };
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return { offset: i, byte: b, reason: 'invalid continuation byte' };
      if (at >= n) return { offset: i, byte: b, reason: 'invalid continuation byte' };
    }
    i += need + 1;
  }
  return null;
}

/** `'utf-8' codec can't decode byte 0xff in position 17: invalid start byte` (Python's wording). */
export function describeUtf8Error(error: Utf8Error): string {
  return `'utf-8' codec can't decode byte 0x${error.byte.toString(16).padStart(2, '0')} in position ${error.offset}: ${error.reason}`;
}
