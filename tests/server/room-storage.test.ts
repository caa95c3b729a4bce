import { readdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DELETE_ROOM, ROOM_DELETED } from '../../server/room/room-server.ts';
import { newRoom, roomServerPerTest, whenDoc } from './support/room-kit.ts';

const MARKER = 'kortstokk-marker-5e1f0c';
const HOUR = 3600_000;

const server = roomServerPerTest();
const { enter, restart } = server;

/** Whether any file in the data folder holds the marker's bytes. */
const stored = () =>
  readdirSync(server.dir).some((name) => readFileSync(joinPath(server.dir, name)).includes(MARKER));

/** A room with one note holding the marker, stored to disk by a restart. */
async function roomWithNote() {
  const room = newRoom();
  const owner = enter(room.id, `${room.t}.${room.o}`);
  expect(await owner.outcome).toBe('synced');
  owner.doc.getMap('notes').set('n1', MARKER);
  const phone = enter(room.id, room.t);
  await whenDoc(phone.doc, () => phone.doc.getMap('notes').get('n1') === MARKER);
  await restart();
  expect(stored()).toBe(true);
  return room;
}

describe('the live room’s storage', () => {
  it('keeps a room and its notes across a restart on the same data folder', async () => {
    const room = await roomWithNote();
    const phone = enter(room.id, room.t);
    expect(await phone.outcome).toBe('synced');
    expect(phone.doc.getMap('notes').get('n1')).toBe(MARKER);
  });

  it('deletes a room once its time to live is over, and not before', async () => {
    const room = await roomWithNote();
    server.clock.advance(23 * HOUR);
    expect(await server.app.room?.sweep()).toBe(0);
    expect(await enter(room.id, room.t).outcome).toBe('synced');
    server.clock.advance(1 * HOUR);
    expect(await server.app.room?.sweep()).toBe(1);
    expect(stored()).toBe(false);
    expect(await enter(room.id, room.t).outcome).toBe('room-expired');
  });

  it('deletes a room at once when its owner asks, closing its connections', async () => {
    const room = await roomWithNote();
    const owner = enter(room.id, `${room.t}.${room.o}`);
    const phone = enter(room.id, room.t);
    expect(await owner.outcome).toBe('synced');
    expect(await phone.outcome).toBe('synced');
    const told = new Promise<string>((done) =>
      phone.provider.on('stateless', ({ payload }: { payload: string }) => done(payload)),
    );
    const closed = new Promise<void>((done) => phone.provider.on('close', () => done()));
    owner.provider.sendStateless(DELETE_ROOM);
    expect(await told).toBe(ROOM_DELETED);
    await closed;
    expect(stored()).toBe(false);
    expect(await enter(room.id, room.t).outcome).toBe('room-deleted');
  });

  it('ignores a delete from a connection without the owner token', async () => {
    const room = await roomWithNote();
    const phone = enter(room.id, room.t);
    expect(await phone.outcome).toBe('synced');
    phone.provider.sendStateless(DELETE_ROOM);
    // The server handles one connection's messages in order: once a change sent after the
    // delete has reached another client, the delete was handled (and refused).
    phone.doc.getMap('notes').set('n2', 'after');
    const other = enter(room.id, room.t);
    expect(await other.outcome).toBe('synced');
    await whenDoc(other.doc, () => other.doc.getMap('notes').get('n2') === 'after');
    expect(other.doc.getMap('notes').get('n1')).toBe(MARKER);
    await restart();
    expect(stored()).toBe(true);
  });
});
