import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../src/domain/room/base64url.ts';
import { createRoom } from '../../src/lib/room/room-crypto.ts';
import { RoomCryptoError } from '../../src/lib/room/room-crypto-error.ts';
import { restoreRoomKeys, roomKeysBackup, roomKeysFor } from '../../src/lib/room/room-keys-backup.ts';
import { openNote, sealNote } from '../../src/lib/room/seal-note.ts';
import { openRoomKeyStore } from '../../src/storage/room-keys.ts';

const note = { id: 'n1', sessionId: 'K7M4QX', cardRef: null, text: 'hei', createdAt: 1, updatedAt: 1 };

describe('room key store', () => {
  it('keeps a room across reopening, and the stored key still opens notes but cannot be exported', async () => {
    const factory = new IDBFactory();
    const room = await createRoom();
    await openRoomKeyStore(factory, 'r1').put(roomKeysFor(room, 's1', 1000));
    const kept = await openRoomKeyStore(factory, 'r1').get(room.roomId);
    expect(kept).not.toBeNull();
    expect(kept!.ownerToken).toBe(room.ownerToken);
    expect(kept!.roomKeyRaw).toEqual(room.roomKeyRaw);
    expect(toBase64url(kept!.facilitatorPublicRaw)).toBe(room.link.facilitatorKey);
    expect(kept!.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', kept!.privateKey)).rejects.toThrow();
    const sealed = await sealNote(room.facilitatorPublicRaw, room.roomId, 'n1', note);
    expect(await openNote(kept!.privateKey, room.roomId, 'n1', sealed)).toEqual(note);
  });

  it('finds a session’s rooms newest first, and forgets a removed room', async () => {
    const store = openRoomKeyStore(new IDBFactory(), 'r2');
    const [a, b, c] = await Promise.all([createRoom(), createRoom(), createRoom()]);
    await store.put(roomKeysFor(a, 's1', 1));
    await store.put(roomKeysFor(b, 's1', 2));
    await store.put(roomKeysFor(c, 's2', 3));
    expect((await store.listForSession('s1')).map((k) => k.roomId)).toEqual([b.roomId, a.roomId]);
    await store.remove(b.roomId);
    expect(await store.get(b.roomId)).toBeNull();
    expect((await store.listForSession('s1')).map((k) => k.roomId)).toEqual([a.roomId]);
  });

  it('refuses to store an extractable private key', async () => {
    const room = await createRoom();
    const extractable = await crypto.subtle.importKey(
      'jwk',
      room.privateKeyJwk,
      { name: 'ECDH', namedCurve: 'P-256' },
      true,
      ['deriveBits'],
    );
    const store = openRoomKeyStore(new IDBFactory(), 'r3');
    await expect(store.put({ ...roomKeysFor(room, 's', 1), privateKey: extractable })).rejects.toThrow(
      TypeError,
    );
    expect(await store.get(room.roomId)).toBeNull();
  });
});

describe('room keys backup', () => {
  it('round-trips through JSON into a working, non-extractable key', async () => {
    const room = await createRoom();
    const backup = JSON.parse(
      JSON.stringify(roomKeysBackup(roomKeysFor(room, 's1', 5), room.privateKeyJwk)),
    ) as unknown;
    const restored = await restoreRoomKeys(backup);
    expect(restored.privateKey.extractable).toBe(false);
    expect({ ...restored, privateKey: null }).toEqual({ ...roomKeysFor(room, 's1', 5), privateKey: null });
    const sealed = await sealNote(room.facilitatorPublicRaw, room.roomId, 'n1', note);
    expect(await openNote(restored.privateKey, room.roomId, 'n1', sealed)).toEqual(note);
  });

  it('refuses a backup whose private key is not the link’s, or that carries extra fields', async () => {
    const [room, other] = await Promise.all([createRoom(), createRoom()]);
    const backup = roomKeysBackup(roomKeysFor(room, 's1', 5), room.privateKeyJwk);
    const swapped = { ...backup, privateKey: { ...backup.privateKey, d: other.privateKeyJwk.d } };
    await expect(restoreRoomKeys(swapped)).rejects.toBeInstanceOf(RoomCryptoError);
    const foreign = {
      ...backup,
      privateKey: roomKeysBackup(roomKeysFor(other, 's1', 5), other.privateKeyJwk).privateKey,
    };
    await expect(restoreRoomKeys(foreign)).rejects.toBeInstanceOf(RoomCryptoError);
    await expect(restoreRoomKeys({ ...backup, server: 'wss://evil.example' })).rejects.toBeInstanceOf(
      RoomCryptoError,
    );
    expect(() => roomKeysBackup(roomKeysFor(room, 's1', 5), other.privateKeyJwk)).toThrow(RoomCryptoError);
  });
});
