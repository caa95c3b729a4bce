import { createHash, timingSafeEqual } from 'node:crypto';

/** A room id: base64url (no padding) of 16 random bytes. */
export const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;
/** A room or owner token: base64url of 32 bytes. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** `t` or `t.o` as the Hocuspocus token; null for anything else. */
export function parseToken(token: string): { t: string; o?: string } | null {
  const [t, o, ...rest] = token.split('.');
  if (rest.length > 0 || !t || !TOKEN.test(t)) return null;
  if (o === undefined) return { t };
  return TOKEN.test(o) ? { t, o } : null;
}

/** What the server keeps of a token: its SHA-256, in hex. */
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Whether a token matches a stored hash, in constant time (both are 64 hex digits). */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** What logs may say of a room: a short prefix of its id's hash, never the id. */
export const roomLabel = (roomId: string) => hashToken(roomId).slice(0, 8);
