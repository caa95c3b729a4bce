import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../../src/domain/room/base64url.ts';
import { roomLinkError } from '../../../src/domain/room/room-link.ts';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';
import {
  createRoom,
  decryptState,
  deriveRoomToken,
  encryptState,
  roomKeyFromLink,
} from '../../../src/lib/room/room-crypto.ts';
import { RoomCryptoError } from '../../../src/lib/room/room-crypto-error.ts';
import { reasonOf } from './support/reason-of.ts';

const state = { step: 2, round: 1, timer: { ...createTimer(300_000), startedAt: 1_000, pausedAt: 61_000 } };

function flipBit(envelope: string, bit: number): string {
  const bytes = fromBase64url(envelope)!;
  const at = bit % (bytes.length * 8);
  bytes[at >> 3]! ^= 1 << (at & 7);
  return toBase64url(bytes);
}

describe('createRoom', () => {
  it('makes a room whose link values pass the link rules, with a non-extractable private key', async () => {
    const room = await createRoom();
    expect(roomLinkError(room.link)).toBeNull();
    expect(room.roomKeyRaw).toHaveLength(32);
    expect(roomKeyFromLink(room.link.key)).toEqual(room.roomKeyRaw);
    expect(room.facilitatorPublicRaw[0]).toBe(4);
    expect(room.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', room.privateKey)).rejects.toThrow();
    expect(room.privateKeyJwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(room.ownerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await createRoom();
    expect(other.roomId).not.toBe(room.roomId);
    expect(other.link.key).not.toBe(room.link.key);
  });
});

describe('deriveRoomToken', () => {
  it('is deterministic, 32 bytes, and differs per room id and per key', async () => {
    const room = await createRoom();
    const token = await deriveRoomToken(room.roomKeyRaw, room.roomId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await deriveRoomToken(Uint8Array.from(room.roomKeyRaw), room.roomId)).toBe(token);
    const other = await createRoom();
    expect(await deriveRoomToken(room.roomKeyRaw, other.roomId)).not.toBe(token);
    expect(await deriveRoomToken(other.roomKeyRaw, room.roomId)).not.toBe(token);
  });

  it('matches the contract construction (HKDF-SHA-256, salt and info as text)', async () => {
    // A fixed vector, computed independently with node:crypto's hkdfSync.
    const { hkdfSync } = await import('node:crypto');
    const key = new Uint8Array(32).map((_, i) => i);
    const id = 'AAECAwQFBgcICQoLDA0ODw';
    const expected = Buffer.from(hkdfSync('sha256', key, 'kortstokk room', `token ${id}`, 32)).toString(
      'base64url',
    );
    expect(await deriveRoomToken(key, id)).toBe(expected);
  });

  it('refuses a room key of the wrong length', async () => {
    expect(await reasonOf(deriveRoomToken(new Uint8Array(31), 'AAECAwQFBgcICQoLDA0ODw'))).toBe('bad-key');
    expect(() => roomKeyFromLink('short')).toThrow(RoomCryptoError);
  });
});

describe('presenter state', () => {
  it('round-trips and uses a fresh IV every time', async () => {
    const room = await createRoom();
    const a = await encryptState(room.roomKeyRaw, room.roomId, state);
    const b = await encryptState(room.roomKeyRaw, room.roomId, state);
    expect(a).not.toBe(b);
    expect(await decryptState(room.roomKeyRaw, room.roomId, a)).toEqual(state);
  });

  it('refuses any single flipped bit, another room id, and the wrong key', async () => {
    const room = await createRoom();
    const other = await createRoom();
    const envelope = await encryptState(room.roomKeyRaw, room.roomId, state);
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (bit) => {
        await reasonOf(decryptState(room.roomKeyRaw, room.roomId, flipBit(envelope, bit)));
      }),
      { numRuns: 100 },
    );
    expect(await reasonOf(decryptState(room.roomKeyRaw, other.roomId, envelope))).toBe('decrypt-failed');
    expect(await reasonOf(decryptState(other.roomKeyRaw, room.roomId, envelope))).toBe('decrypt-failed');
  });

  it('names short, wrong-version and non-base64url envelopes', async () => {
    const room = await createRoom();
    const envelope = await encryptState(room.roomKeyRaw, room.roomId, state);
    const bytes = fromBase64url(envelope)!;
    const decrypt = (text: string) => reasonOf(decryptState(room.roomKeyRaw, room.roomId, text));
    expect(await decrypt(toBase64url(bytes.slice(0, 28)))).toBe('too-short');
    expect(await decrypt(toBase64url(Uint8Array.of(2, ...bytes.slice(1))))).toBe('unknown-version');
    expect(await decrypt(`${envelope.slice(0, -1)}=`)).toBe('not-base64url');
    expect(await decrypt('')).toBe('too-short');
  });

  it('refuses a well-encrypted plaintext that is not a presenter state', async () => {
    const room = await createRoom();
    const key = await crypto.subtle.importKey('raw', room.roomKeyRaw, 'AES-GCM', false, ['encrypt']);
    const iv = new Uint8Array(12);
    const aad = new TextEncoder().encode(`${room.roomId} presenter`);
    for (const text of ['{"step":-1,"round":0,"timer":"x"}', 'not json', '{"step":1}']) {
      const plain = new TextEncoder().encode(text);
      const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain);
      const envelope = toBase64url(Uint8Array.of(1, ...iv, ...new Uint8Array(ct)));
      expect(await reasonOf(decryptState(room.roomKeyRaw, room.roomId, envelope))).toBe('invalid-content');
    }
  });
});
