import { describe, expect, it } from 'vitest';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { encodeJoin } from '../../../src/domain/join/encode-join.ts';
import { splitRoomToken } from '../../../src/domain/room/room-token.ts';
import { facilitatorToken, phoneRoomAccess, roomLinkOf } from '../../../src/lib/room/room-access.ts';
import { createRoom, deriveRoomToken } from '../../../src/lib/room/room-crypto.ts';
import { RoomCryptoError } from '../../../src/lib/room/room-crypto-error.ts';
import { roomKeysFor } from '../../../src/lib/room/room-keys-backup.ts';
import { openNote, sealNote } from '../../../src/lib/room/seal-note.ts';

describe('room access', () => {
  it('lets a phone that decoded the join link seal notes the facilitator opens, with the same room token', async () => {
    const room = await createRoom();
    const keys = roomKeysFor(room, 's1', 1);
    const query = encodeJoin({
      v: 1,
      seed: 1,
      decks: [{ id: 'naervaer', version: 1 }],
      seats: 4,
      room: roomLinkOf(keys),
    });
    const decoded = decodeJoin(query);
    if (!decoded.ok || decoded.session.room === undefined) throw new Error('the link did not decode');
    const phone = await phoneRoomAccess(decoded.session.room);
    const owner = splitRoomToken(await facilitatorToken(keys));
    expect(owner).toEqual({ room: phone.token, owner: room.ownerToken });
    expect(phone.token).toBe(await deriveRoomToken(room.roomKeyRaw, room.roomId));
    const note = { id: 'n', sessionId: 'ABCDEF', cardRef: null, text: 'x', createdAt: 1, updatedAt: 1 };
    const sealed = await sealNote(phone.facilitatorPublicRaw, phone.roomId, 'n', note);
    expect(await openNote(keys.privateKey, room.roomId, 'n', sealed)).toEqual(note);
  });

  it('refuses a room link that was not validated', async () => {
    const room = await createRoom();
    await expect(phoneRoomAccess({ ...room.link, facilitatorKey: 'x' })).rejects.toBeInstanceOf(
      RoomCryptoError,
    );
  });
});
