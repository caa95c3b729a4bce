import type { WebSocket } from 'ws';

/** The close code and reason of a connection that sent too much, too fast. */
export const FLOOD = { code: 4429, reason: 'too-many-messages' } as const;

/**
 * Closes a WebSocket that sends more than `perSecond` messages within one second of `now()`.
 * Attached before Hocuspocus' own listener, so the flood ends at the message that broke it.
 */
export function limitMessageRate(ws: WebSocket, perSecond: number, now: () => number): void {
  let windowStart = now();
  let count = 0;
  ws.on('message', () => {
    const time = now();
    if (time - windowStart >= 1000) {
      windowStart = time;
      count = 0;
    }
    count += 1;
    if (count > perSecond && ws.readyState === ws.OPEN) ws.close(FLOOD.code, FLOOD.reason);
  });
}
