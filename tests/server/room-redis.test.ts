import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DELETE_ROOM, ROOM_DELETED } from '../../server/room/room-server.ts';
import type { ServerHandle } from '../../server/start.ts';
import { startRedis, type RedisProcess } from './support/redis-server.ts';
import { joinRoom, newRoom, startRoomApp, tempDir, whenDoc, type Joined } from './support/room-kit.ts';

let dir = '';
let redis: RedisProcess | undefined;
const apps: ServerHandle[] = [];
const clients: Joined[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.leave();
  for (const app of apps.splice(0)) await app.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('several room servers sharing rooms through Redis', () => {
  it('carries changes between a client on one server and a client on the other', async () => {
    dir = tempDir();
    redis = await startRedis(dir);
    // Two processes of one deployment: one data folder (the room index), one Redis.
    for (let i = 0; i < 2; i++) apps.push(await startRoomApp(dir, { redisUrl: redis.socket }));
    const [one, two] = apps as [ServerHandle, ServerHandle];
    const room = newRoom();
    const facilitator = joinRoom(one.port, room.id, `${room.t}.${room.o}`);
    clients.push(facilitator);
    expect(await facilitator.outcome).toBe('synced');
    const phone = joinRoom(two.port, room.id, room.t);
    clients.push(phone);
    expect(await phone.outcome).toBe('synced');

    phone.doc.getMap('notes').set('from-phone', 'c2VhbGVk');
    await whenDoc(facilitator.doc, () => facilitator.doc.getMap('notes').has('from-phone'));
    facilitator.doc.getMap('state').set('presenter', 'c3RlcA');
    await whenDoc(phone.doc, () => phone.doc.getMap('state').get('presenter') === 'c3RlcA');

    // A delete on one server reaches the phones on the other, and the room is gone for both.
    const told = new Promise<string>((done) =>
      phone.provider.on('stateless', ({ payload }: { payload: string }) => done(payload)),
    );
    facilitator.provider.sendStateless(DELETE_ROOM);
    expect(await told).toBe(ROOM_DELETED);
    // The tombstone is in the data folder both processes share: each refuses the room, to the
    // phones and to the owner's token, which would otherwise create it again empty.
    for (const app of apps) {
      for (const token of [room.t, `${room.t}.${room.o}`]) {
        const late = joinRoom(app.port, room.id, token);
        clients.push(late);
        expect(await late.outcome).toBe('room-deleted');
      }
    }
  });
});
