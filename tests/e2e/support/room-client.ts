import { WebSocket } from 'ws';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import type { RoomStatus } from '../../../src/domain/room/room-status.ts';
import { phoneRoomAccess } from '../../../src/lib/room/room-access.ts';
import { connectRoom } from '../../../src/lib/room/room-connection.ts';
import { expect } from './fixtures.ts';

/**
 * Someone holding a room's join link, in Node with the app's own room library: they can join the
 * room with its token (as every phone can) and write whatever they like into it, but they hold
 * no facilitator key. Used to look at what the server keeps and to write a forged note.
 */
export async function roomClientFrom(link: string, origin: string) {
  const decoded = decodeJoin(new URL(link).hash.slice(1));
  if (!decoded.ok || decoded.session.room === undefined) throw new Error('the link carries no room');
  const access = await phoneRoomAccess(decoded.session.room);
  const statuses: RoomStatus[] = [];
  const connection = connectRoom({
    appBase: `${origin}/`,
    roomId: access.roomId,
    token: access.token,
    onStatus: (s) => statuses.push(s),
    WebSocketPolyfill: WebSocket,
  });
  await expect.poll(() => statuses.at(-1)?.state).toBe('connected');
  return { access, connection };
}
