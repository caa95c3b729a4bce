import type { Note } from '../../domain/notes/note-types.ts';
import type { PresenterRoomState } from '../../domain/room/presenter-state.ts';
import type { RoomStatus } from '../../domain/room/room-status.ts';
import type { RoomConnection } from '../../lib/room/room-connection.ts';

/**
 * A participant's phone in a live room, without React or a socket: it follows the presenter's
 * state and keeps the room's copy of this phone's notes in step with the notes store. Everything
 * it talks to is injected, so the rules are tested with a fake connection.
 *
 * The notes store is the source: the caller hands over the notes to share (already stamped and,
 * when asked, anonymised) every time they change, or null when sharing is off. Edits are sealed
 * and shared after a short quiet time; a note that is gone or emptied leaves the room at once;
 * turning sharing off takes every note this phone shared out of the room (they stay on the phone).
 * Offline, shares go into the connection's local document and reach the room when it is back.
 */

export type PhoneRoomHandlers = {
  readonly onStatus: (status: RoomStatus) => void;
  readonly onPresenter: (envelope: string) => void;
};

export type PhoneRoomDeps = {
  /** Opens the connection (room, token and seat already chosen by the caller). */
  readonly connect: (handlers: PhoneRoomHandlers) => RoomConnection;
  /** Seals one note to the facilitator; rejects when it cannot (e.g. too large). */
  readonly seal: (note: Note) => Promise<string>;
  /** Decrypts and validates a presenter envelope; rejects when it is not a valid one. */
  readonly openPresenter: (envelope: string) => Promise<PresenterRoomState>;
  readonly onStatus: (status: RoomStatus) => void;
  readonly onPresenter: (state: PresenterRoomState) => void;
  /** A note that could not be shared (sealing failed or the room refused it). */
  readonly onShareFailed?: (noteId: string) => void;
  /** Quiet time before an edited note is sealed again. */
  readonly debounceMs?: number;
};

export type PhoneRoom = {
  /** The notes to have in the room now, or null when sharing is off. */
  setShared(notes: readonly Note[] | null): void;
  /** Reads the presenter's state again (after a locked screen) and tries to reconnect. */
  refresh(): void;
  destroy(): void;
};

export const SHARE_DEBOUNCE_MS = 400;

const fingerprint = (note: Note): string => JSON.stringify(note);

/** Connects and starts following; call setShared to share. */
export function startPhoneRoom(deps: PhoneRoomDeps): PhoneRoom {
  const debounceMs = deps.debounceMs ?? SHARE_DEBOUNCE_MS;
  let ended = false;
  let refused = false;
  let connection: RoomConnection | null = null;
  /** What should be in the room: id → note (non-empty text only). */
  const wanted = new Map<string, Note>();
  /** What this phone put in the room: id → fingerprint of the note sealed. */
  const sent = new Map<string, string>();
  /** Every id this phone shared since it started, so «off» can take them all out. */
  const known = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let presenterSeen: string | null = null;
  let presenterSeq = 0;

  const readPresenter = (envelope: string) => {
    if (ended || envelope === presenterSeen) return;
    presenterSeen = envelope;
    const seq = ++presenterSeq;
    deps.openPresenter(envelope).then(
      (state) => {
        if (!ended && seq === presenterSeq) deps.onPresenter(state);
      },
      () => {
        // A state that does not open (tampered, or another key) is ignored: nothing is shown and
        // nothing about it is logged.
      },
    );
  };

  const refresh = () => {
    if (ended || refused || connection === null) return;
    const envelope = connection.presenter();
    if (envelope !== null) readPresenter(envelope);
  };

  const share = (id: string) => {
    timers.delete(id);
    const note = wanted.get(id);
    if (note === undefined || ended) return;
    const print = fingerprint(note);
    deps.seal(note).then(
      (envelope) => {
        // Only the latest version goes in: an edit during sealing has its own timer.
        if (ended || refused || connection === null || wanted.get(id) !== note) return;
        if (connection.shareNote(id, envelope)) sent.set(id, print);
        else deps.onShareFailed?.(id);
      },
      () => {
        if (!ended && wanted.get(id) === note) deps.onShareFailed?.(id);
      },
    );
  };

  const schedule = (id: string) => {
    const timer = timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.set(
      id,
      setTimeout(() => share(id), debounceMs),
    );
  };

  const takeOut = (id: string) => {
    const timer = timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(id);
    wanted.delete(id);
    sent.delete(id);
    if (!refused) connection?.removeNote(id);
  };

  const setShared = (notes: readonly Note[] | null) => {
    if (ended) return;
    if (notes === null) {
      for (const id of known) takeOut(id);
      known.clear();
      return;
    }
    const next = new Map(notes.filter((n) => n.text.trim() !== '').map((n) => [n.id, n]));
    for (const id of known) if (!next.has(id)) takeOut(id);
    for (const note of notes) known.add(note.id);
    for (const [id, note] of next) {
      wanted.set(id, note);
      if (sent.get(id) !== fingerprint(note)) schedule(id);
      else {
        const timer = timers.get(id);
        if (timer !== undefined) clearTimeout(timer);
        timers.delete(id);
      }
    }
  };

  connection = deps.connect({
    onStatus: (status) => {
      if (ended) return;
      deps.onStatus(status);
      if (status.state === 'connected') refresh();
      if (status.state === 'refused') {
        // A refusal (wrong token, room deleted) stays: stop trying instead of knocking again.
        refused = true;
        queueMicrotask(() => connection?.destroy());
      }
    },
    onPresenter: readPresenter,
  });

  return {
    setShared,
    refresh: () => {
      refresh();
      if (!ended && !refused) connection?.retry();
    },
    destroy: () => {
      if (ended) return;
      ended = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      connection?.destroy();
    },
  };
}
