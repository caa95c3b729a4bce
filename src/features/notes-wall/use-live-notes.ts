import { useRef, useState } from 'react';
import type { RoomCryptoReason } from '../../domain/room/room-crypto-reason.ts';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import { useHostRoom } from '../../hooks/use-host-room.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { openRoomNotes } from '../../lib/room/host-room.ts';
import type { RoomNotesChange } from '../../lib/room/room-doc.ts';
import type { RoomKeys } from '../../storage/room-keys.ts';
import type { NotesRepository } from '../../storage/notes-repository-types.ts';
import { mergeNotesSource } from './import-notes-file.ts';

export type LiveProblem = { kind: 'rejected'; reason: RoomCryptoReason } | { kind: 'storage-failed' };

/**
 * Stores one change of the room's notes, through the same merge as a hand-in file. A note removed
 * from the room is removed from the wall only when this wall got it live and had no copy before
 * (`liveOnly`): what the facilitator already had (a file, an earlier visit) is kept.
 */
export async function applyLiveChange(
  repo: NotesRepository,
  ref: SessionRef,
  keys: RoomKeys,
  change: RoomNotesChange,
  liveOnly: Set<string>,
): Promise<{ stored: number; problem: LiveProblem | null }> {
  const opened = await openRoomNotes(keys, ref.code, change);
  let problem: LiveProblem | null =
    opened.failures[0] === undefined ? null : { kind: 'rejected', reason: opened.failures[0] };
  let stored = 0;
  if (opened.notes.length > 0) {
    await repo.ready;
    const fresh = opened.notes.filter((n) => repo.get(n.id) === undefined).map((n) => n.id);
    const merged = await mergeNotesSource(
      { session: ref, notes: opened.notes },
      { kind: 'session', ref },
      repo,
    );
    if (merged.kind === 'merged') {
      fresh.forEach((id) => liveOnly.add(id));
      stored = merged.counts.added + merged.counts.updated;
    } else problem = { kind: 'storage-failed' };
  }
  for (const id of opened.removed) {
    if (!liveOnly.delete(id)) continue;
    repo.remove(id);
  }
  return { stored, problem };
}

/** The wall's live room: notes shared by phones arrive by themselves while the wall is open. */
export function useLiveNotes(workshopId: string | null, ref: SessionRef | null) {
  const { repo } = useNotes();
  const liveOnly = useRef(new Set<string>());
  // One change after another: each merge must see the notes the previous one stored.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [received, setReceived] = useState(0);
  const [problem, setProblem] = useState<LiveProblem | null>(null);
  const room = useHostRoom(ref === null ? null : workshopId, {
    onNotes: (change, keys) => {
      if (ref === null) return;
      queue.current = queue.current
        .then(async () => {
          const result = await applyLiveChange(repo, ref, keys, change, liveOnly.current);
          if (result.stored > 0) setReceived((n) => n + result.stored);
          if (result.problem !== null) setProblem(result.problem);
        })
        .catch(() => setProblem({ kind: 'storage-failed' }));
    },
  });
  return { room, received, problem };
}
