/**
 * SHA-1 over bytes, in plain JavaScript (no `crypto`, no `Buffer`), so the modules that need it
 * (name-based UUIDs of the legacy normaliser) also run in a browser bundle. Not for security:
 * it reproduces Python's `uuid.uuid5`.
 */
export function sha1(bytes: Uint8Array): Uint8Array {
  const length = bytes.length;
  const words = ((length + 8) >>> 6) + 1;
  const w = new Uint32Array(words * 16);
  for (let i = 0; i < length; i++) w[i >>> 2]! |= bytes[i]! << (24 - (i & 3) * 8);
  w[length >>> 2]! |= 0x80 << (24 - (length & 3) * 8);
  w[words * 16 - 1] = (length * 8) >>> 0;
  w[words * 16 - 2] = Math.floor((length * 8) / 0x100000000);
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const m = new Uint32Array(80);
  for (let block = 0; block < words; block++) {
    for (let t = 0; t < 16; t++) m[t] = w[block * 16 + t]!;
    for (let t = 16; t < 80; t++) {
      const x = m[t - 3]! ^ m[t - 8]! ^ m[t - 14]! ^ m[t - 16]!;
      m[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + m[t]!) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const out = new Uint8Array(20);
  [h0, h1, h2, h3, h4].forEach((h, i) => {
    out[i * 4] = h >>> 24;
    out[i * 4 + 1] = (h >>> 16) & 0xff;
    out[i * 4 + 2] = (h >>> 8) & 0xff;
    out[i * 4 + 3] = h & 0xff;
  });
  return out;
}
