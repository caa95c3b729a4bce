/**
 * base64url without padding (RFC 4648 §5), the one spelling the live room uses for ids, keys,
 * tokens and envelopes. Decoding is strict: only the 64 letters, no padding, and the unused low
 * bits of the last letter must be zero, so each byte string has exactly one text form and an
 * edited link or message cannot decode to the same bytes under a different spelling.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/** The text form of some bytes. */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const letters = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < letters; k += 1) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of a canonical base64url text, or null for anything else (never throws). */
export function fromBase64url(
  text: string,
  maxChars = Number.POSITIVE_INFINITY,
): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string' || text.length > maxChars || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const c of text) {
    const value = VALUES.get(c);
    if (value === undefined) return null;
    acc = ((acc << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero: `AB` and `AC` would otherwise both decode to the same byte.
  return (acc & ((1 << bits) - 1)) === 0 ? out : null;
}

/** The bytes of a canonical base64url text of exactly `length` bytes, or null. */
export function fromBase64urlOf(text: string, length: number): Uint8Array<ArrayBuffer> | null {
  const bytes = fromBase64url(text, Math.ceil((length * 8) / 6));
  return bytes !== null && bytes.length === length ? bytes : null;
}
