import { ROOM_PATH } from './room-contract.ts';

/**
 * The room's two addresses, from the app's own base address (where index.html is served, e.g.
 * `https://example.org/kortstokk/`): the WebSocket and the probe. Always the app's origin, never
 * an address from a link, so `connect-src 'self'` covers it. Null for a base that is not http(s).
 */
export function roomUrls(appBase: string): { socket: string; probe: string } | null {
  let base: URL;
  try {
    base = new URL(appBase);
  } catch {
    return null;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return null;
  const probe = new URL(ROOM_PATH, base);
  probe.search = '';
  probe.hash = '';
  const socket = new URL(probe.href);
  socket.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
  return { socket: socket.href, probe: probe.href };
}
