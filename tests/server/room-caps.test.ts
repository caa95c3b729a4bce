import { rmSync } from 'node:fs';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { ServerHandle } from '../../server/start.ts';
import { joinRoom, newRoom, startRoomApp, tempDir, testClock, type Joined } from './support/room-kit.ts';

let dir = '';
let app: ServerHandle;
const clients: Joined[] = [];

async function start(room: Parameters<typeof startRoomApp>[1] = {}) {
  dir = tempDir();
  app = await startRoomApp(dir, room);
}

/** An owner in a fresh room, synced. */
async function owned() {
  const room = newRoom();
  const owner = enter(room.id, `${room.t}.${room.o}`);
  expect(await owner.outcome).toBe('synced');
  return { room, owner };
}

const enter = (id: string, token: string) => {
  const client = joinRoom(app.port, id, token);
  clients.push(client);
  return client;
};

/** How many notes a fresh client finds in the room: what the server kept. */
async function notesKept(id: string, t: string) {
  const reader = enter(id, t);
  expect(await reader.outcome).toBe('synced');
  return reader.doc.getMap('notes').size;
}

// Hocuspocus message types and a y-protocols sync step, for messages the provider never sends.
const AWARENESS = 1;
const SYNC_REPLY = 4;
const BROADCAST_STATELESS = 6;
const SYNC_UPDATE = 2;

/** Sends a hand-made Hocuspocus message on a client's WebSocket. */
function sendRaw(
  client: Joined,
  id: string,
  type: number,
  numbers: number[],
  bytes: Uint8Array | null,
  text?: string,
) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, id);
  encoding.writeVarUint(encoder, type);
  for (const number of numbers) encoding.writeVarUint(encoder, number);
  if (bytes) encoding.writeVarUint8Array(encoder, bytes);
  if (text !== undefined) encoding.writeVarString(encoder, text);
  client.provider.configuration.websocketProvider.send(encoding.toUint8Array(encoder));
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.leave();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the live room’s caps', () => {
  it('closes a connection that sends a message over 64 KiB, and keeps nothing of it', async () => {
    await start();
    const { room, owner } = await owned();
    owner.doc.getMap('notes').set('big', 'x'.repeat(70 * 1024));
    expect((await owner.closed).code).toBe(1009);
    expect(await notesKept(room.id, room.t)).toBe(0);
  });

  it('takes 2000 notes, and refuses a write that would make 2001', async () => {
    await start();
    const { room, owner } = await owned();
    const notes = owner.doc.getMap('notes');
    owner.doc.transact(() => {
      for (let i = 0; i < 2000; i++) notes.set(`n${i}`, 'v');
    });
    expect(await notesKept(room.id, room.t)).toBe(2000);
    notes.set('one-more', 'v');
    expect(await owner.closed).toEqual({ code: 4414, reason: 'too-many-notes' });
    expect(await notesKept(room.id, room.t)).toBe(2000);
  });

  it('refuses a write past the document size cap', async () => {
    await start({ maxDocBytes: 20_000 });
    const { room, owner } = await owned();
    const notes = owner.doc.getMap('notes');
    for (let i = 0; i < 5; i++) notes.set(`n${i}`, 'x'.repeat(5000));
    expect(await owner.closed).toEqual({ code: 4413, reason: 'room-too-big' });
    const kept = await notesKept(room.id, room.t);
    expect(kept).toBeGreaterThanOrEqual(3);
    expect(kept).toBeLessThan(5);
  });

  it('refuses a write outside the contract’s shape', async () => {
    await start();
    const { room, owner } = await owned();
    owner.doc.getMap('elsewhere').set('k', 'v');
    expect(await owner.closed).toEqual({ code: 4400, reason: 'bad-message' });
    const { owner: again } = await owned();
    again.doc.getMap('notes').set('not/an id', 'v');
    expect((await again.closed).code).toBe(4400);
    expect(await notesKept(room.id, room.t)).toBe(0);
  });

  it('weighs a write sent as a sync reply like any other, and refuses a client’s broadcast', async () => {
    await start();
    const { room, owner } = await owned();
    const phone = enter(room.id, room.t);
    expect(await phone.outcome).toBe('synced');
    const stray = new Y.Doc();
    stray.getMap('elsewhere').set('k', 'v');
    sendRaw(owner, room.id, SYNC_REPLY, [SYNC_UPDATE], Y.encodeStateAsUpdate(stray));
    expect(await owner.closed).toEqual({ code: 4400, reason: 'bad-message' });
    const heard: string[] = [];
    phone.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));
    sendRaw(phone, room.id, BROADCAST_STATELESS, [], null, '{"type":"room-deleted"}');
    expect(await phone.closed).toEqual({ code: 4400, reason: 'bad-message' });
    expect(heard).toEqual([]);
  });

  it('closes a connection whose message does not decode, and logs nothing of the room', async () => {
    await start();
    const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'log'), vi.spyOn(console, 'warn')];
    const { room, owner } = await owned();
    sendRaw(owner, room.id, AWARENESS, [], new Uint8Array([1, 7, 1, 3, 0x7b, 0x7b, 0x7b]));
    expect(await owner.closed).toEqual({ code: 4400, reason: 'bad-message' });
    const second = await owned();
    sendRaw(second.owner, second.room.id, SYNC_REPLY, [SYNC_UPDATE], new Uint8Array([9, 9, 9]));
    expect((await second.owner.closed).code).toBe(4400);
    const lines = logged.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(' ')));
    expect(lines.filter((line) => line.includes(room.id) || line.includes(second.room.id))).toEqual([]);
  });

  it('closes a connection that sends more than 50 messages in a second', async () => {
    const clock = testClock();
    await start({ now: clock.now });
    const { owner } = await owned();
    const notes = owner.doc.getMap('notes');
    // Each set is its own transaction, so its own message; the clock stands still.
    for (let i = 0; i < 60; i++) notes.set(`n${i}`, 'v');
    expect(await owner.closed).toEqual({ code: 4429, reason: 'too-many-messages' });
  });

  it('lets the same number of messages through when they are spread over seconds', async () => {
    const clock = testClock();
    await start({ now: clock.now });
    const { room, owner } = await owned();
    const notes = owner.doc.getMap('notes');
    for (let i = 0; i < 60; i++) {
      if (i % 20 === 0) clock.advance(1000);
      notes.set(`n${i}`, 'v');
    }
    await new Promise((done) => setTimeout(done, 50));
    expect(await notesKept(room.id, room.t)).toBe(60);
  });

  it('refuses a connection past the per-room cap, and a room past the rooms cap', async () => {
    await start({ maxConnectionsPerRoom: 2, maxRooms: 1 });
    const { room } = await owned();
    expect(await enter(room.id, room.t).outcome).toBe('synced');
    expect(await enter(room.id, room.t).outcome).toBe('room-full');
    const second = newRoom();
    expect(await enter(second.id, `${second.t}.${second.o}`).outcome).toBe('too-many-rooms');
  });
});
