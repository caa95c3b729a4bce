import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { DELETE_ROOM_MESSAGE, ROOM_DOC } from '../../domain/room/room-contract.ts';
import {
  initialRoomStatus,
  nextRoomStatus,
  sameRoomStatus,
  type RoomStatus,
  type RoomStatusEvent,
} from '../../domain/room/room-status.ts';
import { roomUrls } from '../../domain/room/room-url.ts';
import {
  isEnvelope,
  notesMap,
  observeNotes,
  observePresenter,
  putNote,
  readNotes,
  readPresenter,
  seatsOf,
  stateMap,
} from './room-doc.ts';
import type { RoomNotesChange } from './room-doc.ts';
import {
  browserOffline,
  isRoomDeleted,
  reconnectNow,
  reopenWhenDocumentCloses,
  serverCloses,
  watchBrowserNetwork,
  type WatchNetwork,
} from './room-socket.ts';

/**
 * One live room over Hocuspocus + Yjs. This module (and only it) pulls in the provider and Yjs:
 * import it with `import()` where a live room starts, never statically, so the first load of the
 * app does not grow (`npm run size` lists the chunk).
 *
 * Offline: every change is applied to the local Y.Doc at once and the provider sends it when it
 * can. After a reconnect the Yjs sync handshake (state vectors both ways) sends exactly what the
 * server lacks, so notes shared while offline arrive by themselves. The Y.Doc lives in memory
 * only: after a reload the caller shares its notes again from the notes store.
 */

export type ConnectRoomOptions = {
  /** The app's own base address (where index.html is served); the room is `room` under it. */
  readonly appBase: string;
  readonly roomId: string;
  /** `joinRoomToken(t)` for a phone, `joinRoomToken(t, o)` for the facilitator. */
  readonly token: string;
  /** Called at once with «connecting», then on every change. */
  readonly onStatus: (status: RoomStatus) => void;
  readonly onNotes?: (change: RoomNotesChange) => void;
  readonly onPresenter?: (envelope: string) => void;
  readonly onSeats?: (seats: readonly string[]) => void;
  /** This device's seat, as an opaque short string others see in connectedSeats(). */
  readonly seat?: string;
  /** A WebSocket class where there is no global one (Node before 22, in tests). */
  readonly WebSocketPolyfill?: unknown;
  /** The network's coming and going; the browser's events by default (injected in tests). */
  readonly watchNetwork?: WatchNetwork;
};

export type RoomConnection = {
  /** Shares (or replaces) a sealed note; false when the id, envelope or room size is refused. */
  shareNote(noteId: string, envelope: string): boolean;
  removeNote(noteId: string): void;
  setPresenter(envelope: string): void;
  /** Every well-formed note envelope now in the room. */
  notes(): ReadonlyMap<string, string>;
  presenter(): string | null;
  /** Seats of the devices connected now (awareness), this one included when it set one. */
  connectedSeats(): string[];
  /** Tries again now: after a refusal, or when the network is back. */
  retry(): void;
  /** Asks the server to delete the room (owner token needed); true once the server has closed it. */
  deleteRoom(timeoutMs?: number): Promise<boolean>;
  destroy(): void;
};

/** Connects to a live room on the app's own server. */
export function connectRoom(options: ConnectRoomOptions): RoomConnection {
  const urls = roomUrls(options.appBase);
  if (urls === null) throw new TypeError('the app base is not an http(s) address');
  let tracker = initialRoomStatus;
  let ended = false;
  let quiet = false;
  const report = (event: RoomStatusEvent) => {
    const next = nextRoomStatus(tracker, event);
    if (!ended && !quiet && !sameRoomStatus(next.status, tracker.status)) options.onStatus(next.status);
    tracker = next;
  };
  options.onStatus(tracker.status); // «connecting», so the caller never has to guess the first one
  const doc = new Y.Doc();
  // Opened without a network (a phone in a tunnel), it waits for `online` instead of failing.
  const startOffline = browserOffline();
  const socket = new HocuspocusProviderWebsocket({
    url: urls.socket,
    autoConnect: !startOffline,
    // Back within seconds when the room's network returns, not after a long backoff.
    maxDelay: 10_000,
    ...(options.WebSocketPolyfill === undefined ? {} : { WebSocketPolyfill: options.WebSocketPolyfill }),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.roomId,
    document: doc,
    token: options.token,
  });
  provider.on('synced', () => report({ type: 'synced' }));
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    report({ type: 'refused', reason });
    socket.disconnect(); // a refused token stays refused: no retry loop against the server
  });
  provider.on('stateless', ({ payload }: { payload: string }) => {
    if (!isRoomDeleted(payload)) return;
    // Gone for good: stop here. Trying again would be refused; worse, another screen of the
    // facilitator (the wall, the presenter) holds the owner token, and reconnecting with it would
    // create the deleted room anew.
    report({ type: 'refused', reason: 'room-deleted' });
    socket.disconnect();
  });
  socket.on('disconnect', () => report({ type: 'closed' }));
  const stopReopen = reopenWhenDocumentCloses(provider, socket, () => report({ type: 'closed' }));
  if (options.seat !== undefined) provider.setAwarenessField(ROOM_DOC.seatField, options.seat);
  const seats = () => seatsOf(provider.awareness?.getStates() ?? new Map());
  if (options.onSeats) provider.on('awarenessChange', () => options.onSeats?.(seats()));
  const stopNotes = options.onNotes ? observeNotes(doc, options.onNotes) : () => undefined;
  const stopPresenter = options.onPresenter ? observePresenter(doc, options.onPresenter) : () => undefined;
  provider.attach(); // with a socket of our own, the provider joins it only when asked

  const retry = () => {
    if (ended || tracker.status.state === 'connected' || browserOffline()) return;
    report({ type: 'retry' });
    reconnectNow(socket);
  };
  const offline = () => {
    if (ended) return;
    report({ type: 'browser-offline' });
    // No attempts while there is no network: each would fail (and the browser logs every failed
    // WebSocket as an error); `online` brings the room back at once through retry().
    socket.disconnect();
  };
  const stopBrowser = (options.watchNetwork ?? watchBrowserNetwork)(retry, offline);
  if (startOffline) report({ type: 'browser-offline' });
  const destroy = () => {
    ended = true;
    stopReopen();
    stopBrowser();
    stopNotes();
    stopPresenter();
    provider.destroy();
    socket.destroy();
    doc.destroy();
  };

  return {
    shareNote: (noteId, envelope) => putNote(doc, noteId, envelope),
    removeNote: (noteId) => notesMap(doc).delete(noteId),
    setPresenter: (envelope) => {
      if (isEnvelope(envelope)) stateMap(doc).set(ROOM_DOC.presenterKey, envelope);
    },
    notes: () => readNotes(doc),
    presenter: () => readPresenter(doc),
    connectedSeats: seats,
    retry,
    deleteRoom: async (timeoutMs = 10_000) => {
      if (tracker.status.state !== 'connected') return false;
      quiet = true; // the close that answers is not a «reconnecting» to show
      // The server closes every connection of a deleted room: that close is the answer.
      const closed = serverCloses(provider, socket, timeoutMs);
      provider.sendStateless(JSON.stringify(DELETE_ROOM_MESSAGE));
      const deleted = await closed;
      quiet = false;
      if (deleted) destroy();
      return deleted;
    },
    destroy,
  };
}
