import { fromBase64url } from './base64url.ts';
import {
  ENVELOPE_VERSION,
  IV_BYTES,
  PUBLIC_KEY_BYTES,
  ROOM_MAX_ENVELOPE_CHARS,
  TAG_BYTES,
} from './room-contract.ts';
import type { RoomCryptoReason } from './room-crypto-reason.ts';

/**
 * The byte layouts of the room's two envelopes (pure: splitting and joining, no crypto):
 *   sealed note:     1 | ephemeral public key (65) | iv (12) | ciphertext
 *   presenter state: 1 | iv (12) | ciphertext
 * Splitting checks only the layout; AES-GCM decides whether the bytes are authentic.
 */

export type SealedParts = {
  readonly ephemeralPublic: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: Uint8Array<ArrayBuffer>;
};
export type StateParts = Omit<SealedParts, 'ephemeralPublic'>;

type Split<T> = { ok: true; parts: T } | { ok: false; reason: RoomCryptoReason };

function bytesOf(envelope: string, headerBytes: number): Split<Uint8Array<ArrayBuffer>> {
  const bytes = fromBase64url(envelope, ROOM_MAX_ENVELOPE_CHARS);
  if (bytes === null) return { ok: false, reason: 'not-base64url' };
  if (bytes.length < headerBytes + TAG_BYTES) return { ok: false, reason: 'too-short' };
  if (bytes[0] !== ENVELOPE_VERSION) return { ok: false, reason: 'unknown-version' };
  return { ok: true, parts: bytes };
}

/** The parts of a sealed note envelope (base64url text), or why it cannot be one. */
export function splitSealed(envelope: string): Split<SealedParts> {
  const read = bytesOf(envelope, 1 + PUBLIC_KEY_BYTES + IV_BYTES);
  if (!read.ok) return read;
  const b = read.parts;
  const ivAt = 1 + PUBLIC_KEY_BYTES;
  return {
    ok: true,
    parts: {
      ephemeralPublic: b.slice(1, ivAt),
      iv: b.slice(ivAt, ivAt + IV_BYTES),
      ciphertext: b.slice(ivAt + IV_BYTES),
    },
  };
}

/** The parts of a presenter state envelope (base64url text), or why it cannot be one. */
export function splitState(envelope: string): Split<StateParts> {
  const read = bytesOf(envelope, 1 + IV_BYTES);
  if (!read.ok) return read;
  const b = read.parts;
  return { ok: true, parts: { iv: b.slice(1, 1 + IV_BYTES), ciphertext: b.slice(1 + IV_BYTES) } };
}

/** Joins the version byte and the parts into one envelope's bytes. */
export function joinEnvelope(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(1 + parts.reduce((n, p) => n + p.length, 0));
  out[0] = ENVELOPE_VERSION;
  let at = 1;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
