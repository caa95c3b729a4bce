import type { RoomStatus } from '../../domain/room/room-status.ts';

/** The translation key (namespace `join`) that says a room's state to people. */
export function roomStatusKey(status: RoomStatus | null): string {
  if (status === null) return 'join:room.status.connecting';
  return status.state === 'refused'
    ? `join:room.refused.${status.reason}`
    : `join:room.status.${status.state}`;
}
