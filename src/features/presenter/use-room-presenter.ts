import { useEffect } from 'react';
import type { TimerState } from '../../domain/timer/timer-state.ts';
import { useHostRoom, type HostRoom } from '../../hooks/use-host-room.ts';
import { publishPresenter } from '../../lib/room/host-room.ts';

/**
 * While a group whose live room is on is presented, every change of step, round or timer is
 * encrypted with the room key and put in the room, so the phones follow. The timer travels as
 * timestamps, so a phone that joins late computes the same remaining time. Published again on
 * every (re)connect, so the room always holds where the presenter is now.
 */
export function useRoomPresenter(
  sessionId: string | null,
  state: { step: number; round: number; timer: TimerState },
): HostRoom {
  const room = useHostRoom(sessionId);
  const { keys, connection } = room;
  const connected = room.status?.state === 'connected';
  const { step, round, timer } = state;
  useEffect(() => {
    if (keys === null || connection === null || !connected) return;
    // A failed encryption leaves the last state in the room; the next change tries again.
    publishPresenter(keys, connection, { step, round, timer }).catch(() => undefined);
  }, [keys, connection, connected, step, round, timer]);
  return room;
}
