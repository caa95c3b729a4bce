import type { Hocuspocus, onAuthenticatePayload } from '@hocuspocus/server';
import type { RoomOptions } from './room-options.ts';
import type { RoomStore } from './room-store.ts';
import { ROOM_ID, hashToken, parseToken, tokenMatches } from './room-tokens.ts';

/** What a refused connection is told (Hocuspocus sends `reason` as permission-denied). */
export type Refusal =
  | 'bad-room-id'
  | 'bad-token'
  | 'room-not-found'
  | 'room-full'
  | 'too-many-rooms'
  /** The owner deleted the room: its id stays refused (phones show «the room has ended»). */
  | 'room-deleted'
  /** The room outlived its time to live. */
  | 'room-expired';

const refuse = (reason: Refusal) => ({ reason });

/** Whether a room has outlived its time to live. */
export const expired = (createdAt: number, options: RoomOptions) =>
  createdAt + options.ttlMs <= options.now();

/**
 * Hocuspocus' onAuthenticate for the contract's tokens: `t` joins a room, `t.o` creates one
 * that does not exist yet, unless a room of that id existed and ended (its tombstone): then
 * nobody, the owner included, gets in, and the reason says how it ended. The connection's
 * context says whether it holds the owner token.
 */
export function authenticate(store: RoomStore, options: RoomOptions) {
  return async ({ documentName: id, token, instance }: onAuthenticatePayload) => {
    if (!ROOM_ID.test(id)) throw refuse('bad-room-id');
    const given = parseToken(token);
    if (!given) throw refuse('bad-token');
    const ended = await store.ended(id);
    if (ended) throw refuse(ended === 'deleted' ? 'room-deleted' : 'room-expired');
    let room = await store.find(id);
    // An expired room the sweep has not reached yet is already gone for everyone.
    if (room && expired(room.createdAt, options)) throw refuse('room-expired');
    if (!room) {
      if (given.o === undefined) throw refuse('room-not-found');
      const record = {
        id,
        tokenHash: hashToken(given.t),
        ownerHash: hashToken(given.o),
        createdAt: options.now(),
      };
      const created = await store.create(record, options.maxRooms);
      // Not created: the cap, or another connection created it a moment ago (then its tokens
      // decide, below).
      room = created ? record : await store.find(id);
      if (!room) throw refuse('too-many-rooms');
    }
    const ownerOk = given.o === undefined || tokenMatches(given.o, room.ownerHash);
    if (!tokenMatches(given.t, room.tokenHash) || !ownerOk) throw refuse('bad-token');
    if (connectionsOf(instance, id) >= options.maxConnectionsPerRoom) throw refuse('room-full');
    return { owner: given.o !== undefined };
  };
}

const connectionsOf = (instance: Hocuspocus, id: string) =>
  instance.documents.get(id)?.getConnectionsCount() ?? 0;
