import { mergeById, type MergeCounts } from './merge-by-id.ts';
import { compareNoteVersions } from './note-version.ts';
import type { Note } from './note-types.ts';
import { sameSession, type SessionRef } from './session-ref.ts';

/** Anything that carries a session's notes: a hand-in or a notes export. */
export interface NotesSource {
  readonly session: SessionRef;
  readonly notes: readonly Note[];
}

/** The merged notes with counts, or a refusal because the file belongs to another session. */
export type MergeHandInResult =
  ({ ok: true; notes: Note[] } & MergeCounts) | { ok: false; code: 'other-session' };

/**
 * Merges a hand-in (or notes export) into the notes the facilitator has. Refused whole when its
 * session, or any note's sessionId, is not the expected session: a stray file must not leak
 * notes into this session. Per note id the newer version wins (compareNoteVersions), so merging
 * is idempotent and the order files arrive in does not change the result.
 */
export function mergeHandIns(
  existing: readonly Note[],
  incoming: NotesSource,
  expectedSession: SessionRef,
): MergeHandInResult {
  if (
    !sameSession(incoming.session, expectedSession) ||
    incoming.notes.some((note) => note.sessionId !== expectedSession.code)
  )
    return { ok: false, code: 'other-session' };
  const { items, ...counts } = mergeById(existing, incoming.notes, (a, b) => compareNoteVersions(a, b) > 0);
  return { ok: true, notes: items, ...counts };
}
