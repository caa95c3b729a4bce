import { ROOM_REFUSALS, type RoomRefusal } from './room-contract.ts';

/**
 * What the room's connection is doing, as people see it: «kobler til», «tilkoblet», «kobler til
 * igjen», «uten nett», or refused (the room is gone, or the link's token is wrong). A pure
 * reducer over the connection's events, so the rules are tested without a socket or a clock.
 */
export type RoomStatus =
  | { readonly state: 'connecting' | 'connected' | 'reconnecting' | 'offline' }
  | { readonly state: 'refused'; readonly reason: RoomRefusal };

export type RoomStatusEvent =
  /** Authenticated and the document is in step with the server. */
  | { readonly type: 'synced' }
  /** The socket closed, or an attempt to open one failed. */
  | { readonly type: 'closed' }
  /** The server refused the token (its reason, as sent: not trusted to be one we know). */
  | { readonly type: 'refused'; readonly reason: string }
  /** The browser says it has no network. */
  | { readonly type: 'browser-offline' }
  /** Someone asked to try again after a refusal. */
  | { readonly type: 'retry' };

export type RoomStatusTracker = {
  readonly status: RoomStatus;
  /** Closes since the last sync: a few in a row mean «uten nett», not a blip. */
  readonly failures: number;
  readonly everConnected: boolean;
};

/** Failed attempts in a row after which the room is shown as offline (not just reconnecting). */
export const OFFLINE_AFTER_FAILURES = 3;

export const initialRoomStatus: RoomStatusTracker = {
  status: { state: 'connecting' },
  failures: 0,
  everConnected: false,
};

/** A server's refusal reason as one the UI can translate; anything unknown is plain `refused`. */
export function toRoomRefusal(reason: string): RoomRefusal {
  return (ROOM_REFUSALS as readonly string[]).includes(reason) ? (reason as RoomRefusal) : 'refused';
}

/** Whether two statuses read the same to people (so a repeated one is not reported twice). */
export function sameRoomStatus(a: RoomStatus, b: RoomStatus): boolean {
  return a.state === b.state && (a.state !== 'refused' || (b.state === 'refused' && a.reason === b.reason));
}

/** The tracker after one event. A refusal stays until a retry: closes after it change nothing. */
export function nextRoomStatus(t: RoomStatusTracker, event: RoomStatusEvent): RoomStatusTracker {
  if (t.status.state === 'refused' && event.type !== 'retry') return t;
  switch (event.type) {
    case 'synced':
      return { status: { state: 'connected' }, failures: 0, everConnected: true };
    case 'refused':
      return { ...t, status: { state: 'refused', reason: toRoomRefusal(event.reason) } };
    case 'browser-offline':
      return { ...t, status: { state: 'offline' }, failures: Math.max(t.failures, OFFLINE_AFTER_FAILURES) };
    case 'retry':
      return { ...t, status: { state: t.everConnected ? 'reconnecting' : 'connecting' }, failures: 0 };
    case 'closed': {
      const failures = t.failures + 1;
      if (failures >= OFFLINE_AFTER_FAILURES) return { ...t, status: { state: 'offline' }, failures };
      return { ...t, status: { state: t.everConnected ? 'reconnecting' : 'connecting' }, failures };
    }
  }
}
