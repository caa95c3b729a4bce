import type { DeckIssue } from '../../domain/deck/deck-issue.ts';
import { mergeHandIns, type NotesSource } from '../../domain/notes/merge-handins.ts';
import type { Note } from '../../domain/notes/note-types.ts';
import { parseNotesFileText } from '../../domain/notes/parse-notes-file.ts';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import { isSessionNote, toDomainNote, toStoredNote } from '../../lib/session-notes.ts';
import type { ImportCounts } from '../../storage/import-merge.ts';
import type { NotesRepository } from '../../storage/notes-repository-types.ts';

/** Which session files must belong to: a known one, one known only by its code, or any (read from the file). */
export type ImportTarget =
  { kind: 'session'; ref: SessionRef } | { kind: 'code'; code: string } | { kind: 'any' };

/** What became of one file. Counts are the repository's: «0 nye» means the file was already in. */
export type FileOutcome =
  | {
      kind: 'imported';
      source: string;
      code: string;
      seat: number | null;
      name: string | null;
      added: number;
      updated: number;
      unchanged: number;
    }
  | { kind: 'other-session'; source: string; code: string }
  | { kind: 'invalid'; source: string; issues: readonly DeckIssue[] }
  | { kind: 'unreadable'; source: string }
  | { kind: 'storage-failed'; source: string };

function expectedRef(target: ImportTarget, fileRef: SessionRef): SessionRef | null {
  if (target.kind === 'session') return target.ref;
  if (target.kind === 'code') return fileRef.code === target.code ? fileRef : null;
  return fileRef;
}

/** What became of notes merged into the repository (a file's, or notes that arrived live). */
export type MergeOutcome =
  | { kind: 'merged'; code: string; counts: ImportCounts }
  | { kind: 'other-session'; code: string }
  | { kind: 'storage-failed' };

/**
 * Merges already validated notes of a session into the repository: the one path for hand-in files
 * and for notes that arrive live from a room, so the same note id is stored once whichever way
 * came first (newer versions win, the same version again adds nothing).
 */
export async function mergeNotesSource(
  data: NotesSource,
  target: ImportTarget,
  repo: NotesRepository,
): Promise<MergeOutcome> {
  const expected = expectedRef(target, data.session);
  if (expected === null) return { kind: 'other-session', code: data.session.code };
  await repo.ready;
  const existing = repo
    .all()
    .filter((n) => isSessionNote(n, expected.code))
    .map(toDomainNote)
    .filter((n): n is Note => n !== null);
  const merged = mergeHandIns(existing, data, expected);
  if (!merged.ok) return { kind: 'other-session', code: data.session.code };
  try {
    const counts = await repo.importNotes(data.notes.map((n) => toStoredNote(n, expected)));
    return { kind: 'merged', code: expected.code, counts };
  } catch {
    return { kind: 'storage-failed' };
  }
}

/**
 * Validates one hand-in or notes export and merges it into the repository. A file of another
 * session is refused whole (mergeHandIns); a valid one is merged by note id, newer versions
 * winning, so importing the same file again adds nothing.
 */
export async function importNotesFile(
  input: Uint8Array | string,
  source: string,
  target: ImportTarget,
  repo: NotesRepository,
): Promise<FileOutcome> {
  const parsed = parseNotesFileText(input);
  if (!parsed.ok) return { kind: 'invalid', source, issues: parsed.issues };
  const file = parsed.file;
  const data = file.kind === 'hand-in' ? file.handIn : file.notesExport;
  const merged = await mergeNotesSource(data, target, repo);
  if (merged.kind === 'other-session') return { kind: 'other-session', source, code: merged.code };
  if (merged.kind === 'storage-failed') return { kind: 'storage-failed', source };
  const { counts } = merged;
  const participant = file.kind === 'hand-in' ? file.handIn.participant : null;
  return {
    kind: 'imported',
    source,
    code: merged.code,
    seat: participant?.seat ?? null,
    name: participant?.name ?? null,
    added: counts.added,
    updated: counts.updated,
    unchanged: counts.unchanged,
  };
}
