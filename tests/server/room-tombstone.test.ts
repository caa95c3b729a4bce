import { readdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DELETE_ROOM } from '../../server/room/room-server.ts';
import { joinRoom, newRoom, roomServerPerTest, startRoomApp, type TestRoom } from './support/room-kit.ts';

// A room that ended (deleted by its owner, or past its time to live) stays ended: the owner's
// token, which creates a room the server does not know, must not bring it back empty under the
// old link (a facilitator's tab reconnecting the next day, phones with the old QR code).

const HOUR = 3600_000;
const DAY = 24 * HOUR;

const server = roomServerPerTest();
const enter = server.enter;
const owner = (room: TestRoom) => enter(room.id, `${room.t}.${room.o}`);

/** Creates a room with its owner's token and deletes it as its owner, once it is closed. */
async function createdAndDeleted(room: TestRoom) {
  const first = owner(room);
  expect(await first.outcome).toBe('synced');
  first.provider.sendStateless(DELETE_ROOM);
  expect((await first.closed).code).toBeGreaterThan(0);
}

describe('an ended room stays ended', () => {
  it('refuses the owner and the phones of a deleted room with room-deleted, also after a restart', async () => {
    const room = newRoom();
    await createdAndDeleted(room);
    expect(await owner(room).outcome).toBe('room-deleted');
    expect(await enter(room.id, room.t).outcome).toBe('room-deleted');
    await server.restart();
    expect(await owner(room).outcome).toBe('room-deleted');
  });

  it('refuses an expired room with room-expired, before and after the sweep', async () => {
    const room = newRoom();
    expect(await owner(room).outcome).toBe('synced');
    for (const client of server.clients.splice(0)) client.leave();
    server.clock.advance(24 * HOUR);
    // The sweep has not run yet: already refused, the owner too.
    expect(await owner(room).outcome).toBe('room-expired');
    expect(await server.app.room?.sweep()).toBe(1);
    expect(await owner(room).outcome).toBe('room-expired');
    expect(await enter(room.id, room.t).outcome).toBe('room-expired');
  });

  it('keeps only a hash of the ended room’s id, and forgets it after seven days', async () => {
    const room = newRoom();
    await createdAndDeleted(room);
    const files = readdirSync(server.dir).filter((name) => name.startsWith('rooms.sqlite'));
    expect(files.some((name) => readFileSync(joinPath(server.dir, name)).includes(room.id))).toBe(false);
    server.clock.advance(7 * DAY - 1);
    await server.app.room?.sweep();
    expect(await owner(room).outcome).toBe('room-deleted');
    server.clock.advance(1);
    await server.app.room?.sweep();
    // Forgotten: the id is a new room to the server again (a week after, the owner's token is the
    // only thing that could still present it).
    expect(await owner(room).outcome).toBe('synced');
  });

  it('keeps at most maxTombstones, dropping the oldest', async () => {
    await server.restart({ maxTombstones: 2 });
    const rooms = [newRoom(), newRoom(), newRoom()];
    for (const room of rooms) {
      await createdAndDeleted(room);
      server.clock.advance(1000);
    }
    const [oldest, second, newest] = rooms as [TestRoom, TestRoom, TestRoom];
    expect(await owner(second).outcome).toBe('room-deleted');
    expect(await owner(newest).outcome).toBe('room-deleted');
    expect(await owner(oldest).outcome).toBe('synced');
  });

  it('is refused by a second server sharing the data folder', async () => {
    const room = newRoom();
    await createdAndDeleted(room);
    const other = await startRoomApp(server.dir, { now: server.clock.now });
    try {
      const late = joinRoom(other.port, room.id, `${room.t}.${room.o}`);
      server.clients.push(late);
      expect(await late.outcome).toBe('room-deleted');
    } finally {
      for (const client of server.clients.splice(0)) client.leave();
      await other.close();
    }
  });
});
