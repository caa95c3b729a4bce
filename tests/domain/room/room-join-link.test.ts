import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { encodeJoin } from '../../../src/domain/join/encode-join.ts';
import type { JoinSession } from '../../../src/domain/join/join-session.ts';
import { sessionCode, shortCode } from '../../../src/domain/join/short-code.ts';
import { toBase64url } from '../../../src/domain/room/base64url.ts';
import type { RoomLink } from '../../../src/domain/room/room-link.ts';
import { sessionArb } from '../join/join-arbitraries.ts';

const bytes = (n: number, first?: number) =>
  fc
    .uint8Array({ minLength: n, maxLength: n })
    .map((b) => (first === undefined ? b : Uint8Array.of(first, ...b.slice(1))));

/** Any room a link may carry: 16-byte id, 32-byte key, an uncompressed point's 65 bytes. */
const roomArb: fc.Arbitrary<RoomLink> = fc
  .tuple(bytes(16), bytes(32), bytes(65, 4))
  .map(([id, key, fk]) => ({ id: toBase64url(id), key: toBase64url(key), facilitatorKey: toBase64url(fk) }));

const room: RoomLink = {
  id: 'AAECAwQFBgcICQoLDA0ODw',
  key: toBase64url(new Uint8Array(32).fill(9)),
  facilitatorKey: toBase64url(Uint8Array.of(4, ...new Uint8Array(64).fill(200))),
};
const base: JoinSession = { v: 1, seed: 7, decks: [{ id: 'naervaer', version: 3 }], seats: 12 };
const roomQuery = `r=${room.id}&rk=${room.key}&fk=${room.facilitatorKey}`;

describe('join links with a live room', () => {
  it('round-trips every valid session with a room (property)', () => {
    fc.assert(
      fc.property(sessionArb, roomArb, (session, r) => {
        const withRoom = { ...session, room: r };
        const query = encodeJoin(withRoom);
        expect(decodeJoin(query)).toEqual({ ok: true, session: withRoom });
        // Starting a room changes neither the session code notes are filed under nor the display code.
        expect(sessionCode(withRoom)).toBe(sessionCode(session));
        expect(shortCode(withRoom)).toBe(shortCode(session));
      }),
      { numRuns: 200 },
    );
  });

  it('writes the room before the seat, and links without a room read as before', () => {
    expect(encodeJoin({ ...base, room, seat: 3 })).toBe(`v=1&s=7&d=naervaer.3&n=12&${roomQuery}&h=3`);
    expect(decodeJoin('v=1&s=7&d=naervaer.3&n=12&h=3')).toEqual({ ok: true, session: { ...base, seat: 3 } });
  });

  it('refuses a room with a part missing', () => {
    for (const drop of ['r', 'rk', 'fk']) {
      const query = `v=1&s=7&d=naervaer.3&n=12&${roomQuery}`.replace(new RegExp(`&${drop}=[^&]*`), '');
      expect(decodeJoin(query)).toEqual({ ok: false, error: { code: 'missing-key', params: { key: drop } } });
    }
  });

  it.each([
    ['r', room.id.slice(1)],
    ['r', `${room.id}A`],
    ['r', `${room.id.slice(0, -1)}x`], // non-zero unused bits: not the canonical spelling
    ['r', `${room.id.slice(0, -1)}+`],
    ['rk', room.key.slice(0, 42)],
    ['rk', `${room.key.slice(0, -1)}=`],
    ['rk', `${room.key}AAAA`],
    ['fk', toBase64url(Uint8Array.of(2, ...new Uint8Array(64)))], // compressed or other form
    ['fk', room.facilitatorKey.slice(0, 86)],
    ['fk', `${room.facilitatorKey.slice(0, 40)}%2F${room.facilitatorKey.slice(41)}`],
  ])('refuses a tampered %s (%s)', (key, value) => {
    const query = `v=1&s=7&d=naervaer.3&n=12&${roomQuery}`.replace(
      new RegExp(`([?&])${key}=[^&]*`),
      `$1${key}=${value}`,
    );
    expect(decodeJoin(query)).toEqual({ ok: false, error: { code: 'invalid-value', params: { key } } });
  });

  it('refuses a link that names a server, like any tampered link', () => {
    for (const extra of [
      'srv=evil.example',
      'url=wss%3A%2F%2Fevil.example%2Froom',
      'host=evil.example',
      'ws=x',
    ]) {
      const result = decodeJoin(`v=1&s=7&d=naervaer.3&n=12&${roomQuery}&${extra}`);
      expect(result.ok).toBe(false);
      expect(result.ok ? null : result.error.code).toBe('unknown-key');
    }
  });

  it('refuses to encode an invalid room (a bug, not a link)', () => {
    expect(() => encodeJoin({ ...base, room: { ...room, key: 'short' } })).toThrow(RangeError);
  });
});
