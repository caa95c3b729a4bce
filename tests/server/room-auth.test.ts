import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerHandle } from '../../server/start.ts';
import { joinRoom, newRoom, startRoomApp, tempDir, whenDoc, type Joined } from './support/room-kit.ts';

let dir = '';
let app: ServerHandle;
const clients: Joined[] = [];
const enter = (id: string, token: string) => {
  const client = joinRoom(app.port, id, token);
  clients.push(client);
  return client;
};

beforeEach(async () => {
  dir = tempDir();
  app = await startRoomApp(dir);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.leave();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

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
