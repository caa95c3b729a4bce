import { describe, expect, it } from 'vitest';
import { newRoom, roomServerPerTest, whenDoc } from './support/room-kit.ts';

// The server's own clock: these tests send messages, and the message rate counts by it.
const server = roomServerPerTest({ testTime: false });
const enter = server.enter;

describe('joining a live room', () => {
  it('creates a room with t.o, lets t join, and carries a change to the other client', async () => {
    const room = newRoom();
    const owner = enter(room.id, `${room.t}.${room.o}`);
    expect(await owner.outcome).toBe('synced');
    const phone = enter(room.id, room.t);
    expect(await phone.outcome).toBe('synced');
    phone.doc.getMap('notes').set('note-1', 'c2VhbGVk');
    await whenDoc(owner.doc, () => owner.doc.getMap('notes').get('note-1') === 'c2VhbGVk');
  });

  it('refuses a room it does not know when only t is presented', async () => {
    const room = newRoom();
    expect(await enter(room.id, room.t).outcome).toBe('room-not-found');
    // …and did not create it on the way: the owner still can.
    expect(await enter(room.id, `${room.t}.${room.o}`).outcome).toBe('synced');
  });

  it('refuses a wrong t, and a wrong o, with bad-token', async () => {
    const room = newRoom();
    expect(await enter(room.id, `${room.t}.${room.o}`).outcome).toBe('synced');
    const other = newRoom();
    expect(await enter(room.id, other.t).outcome).toBe('bad-token');
    expect(await enter(room.id, `${room.t}.${other.o}`).outcome).toBe('bad-token');
    expect(await enter(room.id, 'not a token').outcome).toBe('bad-token');
  });

  it('refuses a room id that is not 16 bytes of base64url', async () => {
    const room = newRoom();
    expect(await enter(`${room.id}x`, `${room.t}.${room.o}`).outcome).toBe('bad-room-id');
    expect(await enter('../../etc/passwd.abcdef', `${room.t}.${room.o}`).outcome).toBe('bad-room-id');
  });
});
