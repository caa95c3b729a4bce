import { useEffect, useMemo, useRef, useState } from 'react';
import { createHandIn } from '../../domain/notes/handin.ts';
import type { Note } from '../../domain/notes/note-types.ts';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import type { PresenterRoomState } from '../../domain/room/presenter-state.ts';
import type { RoomLink } from '../../domain/room/room-link.ts';
import type { RoomStatus } from '../../domain/room/room-status.ts';
import { currentAppBase } from '../../lib/app-base.ts';
import { phoneRoomAccess } from '../../lib/room/room-access.ts';
import { decryptState } from '../../lib/room/room-crypto.ts';
import { probeRoom } from '../../lib/room/room-probe.ts';
import { sealNote } from '../../lib/room/seal-note.ts';
import type { SeatChoice } from '../../lib/seat-memory.ts';
import { startPhoneRoom, type PhoneRoom } from './phone-room.ts';
import { readShare, writeShare, type ShareChoice } from './share-memory.ts';
import { useOwnNotes } from './use-own-notes.ts';

export type LiveRoom = {
  readonly status: RoomStatus;
  /** Where the presenter is, once a valid state has arrived. */
  readonly presenter: PresenterRoomState | null;
  /** Null: this phone does not share its notes (the default). */
  readonly share: ShareChoice | null;
  readonly setShare: (choice: ShareChoice | null) => void;
  /** Some note could not be shared (too large for the room); it still goes with «Lever notater». */
  readonly shareFailed: boolean;
  /** The app's origin answered that it runs no live room (a static host): nothing is opened. */
  readonly noServer: boolean;
};

/** The notes as the facilitator gets them: stamped as a hand-in stamps them, names dropped if asked. */
function notesToShare(
  sessionRef: SessionRef,
  choice: SeatChoice,
  notes: readonly Note[],
  anonymous: boolean,
) {
  const participant =
    choice.name === undefined ? { seat: choice.seat } : { seat: choice.seat, name: choice.name };
  return createHandIn({ session: sessionRef, participant, notes, createdAt: 0, anonymous }).notes;
}

/**
 * The phone's side of a live room: connects when the link has a room (the connection's code is
 * loaded only then), follows the presenter, and shares this session's notes while the participant
 * has sharing on. Without a room in the link (undefined) nothing is loaded or opened.
 */
export function useLiveRoom(
  link: RoomLink | undefined,
  sessionRef: SessionRef,
  choice: SeatChoice,
): LiveRoom {
  const [status, setStatus] = useState<RoomStatus>({ state: 'connecting' });
  const [presenter, setPresenter] = useState<PresenterRoomState | null>(null);
  const [share, setShareState] = useState<ShareChoice | null>(() => readShare(sessionRef.code));
  const [shareFailed, setShareFailed] = useState(false);
  const [noServer, setNoServer] = useState(false);
  const { notes } = useOwnNotes(sessionRef.code);
  const shared = useMemo(
    () => (share === null ? null : notesToShare(sessionRef, choice, notes, share.anonymous)),
    [share, sessionRef, choice, notes],
  );
  // The decoded link is a new object on every decode: the room is the same while its values are.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLink = useMemo(() => link, [link?.id, link?.key, link?.facilitatorKey]);
  const room = useRef<PhoneRoom | null>(null);
  const latest = useRef(shared);

  useEffect(() => {
    if (stableLink === undefined) return;
    let cancelled = false;
    const start = async () => {
      const [{ connectRoom }, access] = await Promise.all([
        import('../../lib/room/room-connection.ts'),
        phoneRoomAccess(stableLink),
      ]);
      if (cancelled) return;
      room.current = startPhoneRoom({
        connect: (handlers) =>
          connectRoom({
            appBase: currentAppBase(),
            roomId: access.roomId,
            token: access.token,
            seat: String(choice.seat),
            ...handlers,
          }),
        seal: (note) => sealNote(access.facilitatorPublicRaw, access.roomId, note.id, note),
        openPresenter: (envelope) => decryptState(access.roomKeyRaw, access.roomId, envelope),
        onStatus: setStatus,
        onPresenter: setPresenter,
        onShareFailed: () => setShareFailed(true),
      });
      room.current.setShared(latest.current);
    };
    // Ask the origin first, quietly: a static host runs no room, and every WebSocket tried against
    // it would fail (each one a console error). Without a network, ask when it is back. No answer
    // at all (the server down for a moment) is not «no room»: the connection then says «uten
    // nett» and keeps trying.
    const begin = () => {
      window.removeEventListener('online', begin);
      if (cancelled) return;
      if (!navigator.onLine) {
        setStatus({ state: 'offline' });
        window.addEventListener('online', begin);
        return;
      }
      void probeRoom(fetch, currentAppBase()).then((answer) => {
        if (cancelled) return;
        if (answer === 'none') return setNoServer(true);
        start().catch(() => {
          // The connection's code did not load (offline before it was ever cached): like no network.
          if (!cancelled) setStatus({ state: 'offline' });
        });
      });
    };
    begin();
    const onVisible = () => {
      if (document.visibilityState === 'visible') room.current?.refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      window.removeEventListener('online', begin);
      document.removeEventListener('visibilitychange', onVisible);
      room.current?.destroy();
      room.current = null;
    };
  }, [stableLink, choice.seat]);

  useEffect(() => {
    latest.current = shared; // for a connection that is still loading its code
    room.current?.setShared(shared);
  }, [shared]);

  const setShare = (next: ShareChoice | null) => {
    writeShare(sessionRef.code, next);
    setShareState(next);
    if (next === null) setShareFailed(false);
  };
  return { status, presenter, share, setShare, shareFailed, noServer };
}
