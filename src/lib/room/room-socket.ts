import {
  WebSocketStatus,
  type HocuspocusProvider,
  type HocuspocusProviderWebsocket,
} from '@hocuspocus/provider';

/**
 * The socket-side rules of a room connection (room-connection.ts): what to do when the server
 * closes the room's document but not the socket, how a deletion is confirmed, and the browser's
 * own idea of being online. Part of the lazy room chunk, like the provider it works with.
 */

/**
 * Hocuspocus multiplexes documents on one socket, so the server can close the room's document
 * and keep the socket: the provider would then sit idle. Opens a fresh socket (which
 * authenticates again) a moment later. Returns a function that cancels a pending reopen.
 */
export function reopenWhenDocumentCloses(
  provider: HocuspocusProvider,
  socket: HocuspocusProviderWebsocket,
  onClosed: () => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  // Only once the old socket has closed: connect() does nothing while the socket counts as open.
  const reopen = () => {
    if (cancelled || socket.status !== WebSocketStatus.Connected) return; // reconnecting by itself
    const again = () => {
      socket.off('disconnect', again);
      if (!cancelled) void socket.connect();
    };
    socket.on('disconnect', again);
    socket.disconnect();
  };
  provider.on('close', () => {
    if (cancelled || socket.status !== WebSocketStatus.Connected) return; // a socket close: handled
    onClosed();
    timer = setTimeout(reopen, 1000);
  });
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

/**
 * Whether a stateless message is the server's word that the room is being deleted
 * (`{"type":"room-deleted"}`, sent to every connection of the room just before it closes them).
 */
export function isRoomDeleted(payload: string): boolean {
  try {
    const message: unknown = JSON.parse(payload);
    return (
      typeof message === 'object' &&
      message !== null &&
      (message as { type?: unknown }).type === 'room-deleted'
    );
  } catch {
    return false;
  }
}

/** Resolves true when the server closes the room (document or socket), false after timeoutMs. */
export function serverCloses(
  provider: HocuspocusProvider,
  socket: HocuspocusProviderWebsocket,
  timeoutMs: number,
): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const done = (closed: boolean) => {
      clearTimeout(timer);
      provider.off('close', onClose);
      socket.off('disconnect', onClose);
      resolve(closed);
    };
    const onClose = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    provider.on('close', onClose);
    socket.on('disconnect', onClose);
  });
}

/**
 * Connects now. connect() does nothing while the socket counts as open, yet a socket can count as
 * open with the room out of step: the network went away under it (the browser then fires
 * `offline`, and `online` when it is back), and it may be dead. So an open one is closed first
 * and a fresh one opened once it has closed; the fresh socket authenticates and syncs both ways,
 * which sends the notes written meanwhile and brings the status back to «connected».
 */
export function reconnectNow(socket: HocuspocusProviderWebsocket): void {
  if (socket.status !== WebSocketStatus.Connected) {
    void socket.connect();
    return;
  }
  const again = () => {
    socket.off('disconnect', again);
    void socket.connect();
  };
  socket.on('disconnect', again);
  socket.disconnect();
}

/** Whether the browser says it has no network now (never true outside a browser). */
export const browserOffline = (): boolean =>
  typeof navigator !== 'undefined' && (navigator as { onLine?: unknown }).onLine === false;

/** A source of the network's coming and going: the browser's `online` and `offline` events. */
export type WatchNetwork = (online: () => void, offline: () => void) => () => void;

/** Retries at once when the browser says the network is back, and says «offline» when it is gone. */
export const watchBrowserNetwork: WatchNetwork = (online, offline) => {
  if (typeof window === 'undefined') return () => undefined;
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  return () => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
  };
};
