/**
 * Why a room key, link value or envelope could not be used: a closed set, so the UI can say
 * something clear without showing anything that came from a hostile or broken message.
 *   not-base64url   the text is not canonical base64url
 *   too-short       shorter than the smallest valid envelope
 *   unknown-version the version byte is not ENVELOPE_VERSION (made by a newer app, or damaged)
 *   bad-key         a key of the wrong length or not a point on P-256
 *   decrypt-failed  AES-GCM refused it: tampered, moved to another note/room, or the wrong key
 *   invalid-content it decrypted, but the plaintext is not a valid note or presenter state
 *   too-large       a note too long to share: its envelope would pass the server's message cap
 */
export const ROOM_CRYPTO_REASONS = [
  'not-base64url',
  'too-short',
  'unknown-version',
  'bad-key',
  'decrypt-failed',
  'invalid-content',
  'too-large',
] as const;

export type RoomCryptoReason = (typeof ROOM_CRYPTO_REASONS)[number];
