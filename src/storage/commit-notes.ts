// Writes a batch of local notes in one transaction, checking each against what is on disk now
// (compare-and-swap): IndexedDB serialises readwrite transactions across tabs, so a version
// written by another tab since we last saw the note is detected here and never silently lost.
import { parseNote, sameVersion } from './note.ts';
import type { Note } from './note.ts';
import { resolveConflict } from './note-conflict.ts';
import type { NotesDb } from './notes-schema.ts';

export type CommitOutcome =
  /** `stored` (the local note, possibly with a raised rev) is now on disk. */
  | { readonly kind: 'written'; readonly local: Note; readonly stored: Note }
  /** Another tab's later version stays; the local text went into a conflict copy. */
  | { readonly kind: 'remote-won'; readonly local: Note; readonly stored: Note };

export interface CommitResult {
  readonly outcomes: readonly CommitOutcome[];
  /** Conflict copies created and written in the same transaction. */
  readonly copies: readonly Note[];
  /** Ids whose invalid stored value was moved to the quarantine store before being replaced. */
  readonly quarantined: readonly string[];
}

export interface CommitContext {
  /** The version of each note we last saw on disk (load, our last write, or another tab's). */
  readonly base: (id: string) => Note | undefined;
  readonly createId: () => string;
  readonly now: () => number;
}

/** Commits `batch` atomically; rejects (writing nothing) when the transaction fails. */
export async function commitNotes(
  db: NotesDb,
  batch: readonly Note[],
  ctx: CommitContext,
): Promise<CommitResult> {
  const tx = db.transaction(['notes', 'quarantine'], 'readwrite');
  const notes = tx.objectStore('notes');
  const quarantine = tx.objectStore('quarantine');
  const done = tx.done;
  const outcomes: CommitOutcome[] = [];
  const copies: Note[] = [];
  const quarantined: string[] = [];
  try {
    for (const local of batch) {
      const raw = await notes.get(local.id);
      const onDisk = raw === undefined ? undefined : parseNote(raw);
      if (raw !== undefined && onDisk === undefined) {
        await quarantine.add({ key: local.id, value: raw, quarantinedAt: ctx.now() });
        quarantined.push(local.id);
      }
      if (onDisk === undefined || sameVersion(onDisk, ctx.base(local.id)) || sameVersion(onDisk, local)) {
        if (!sameVersion(local, onDisk)) await notes.put(local);
        outcomes.push({ kind: 'written', local, stored: local });
        continue;
      }
      const { winner, localWon, copy } = resolveConflict(local, onDisk, ctx.createId);
      if (localWon) await notes.put(winner);
      if (copy) {
        await notes.put(copy);
        copies.push(copy);
      }
      outcomes.push({ kind: localWon ? 'written' : 'remote-won', local, stored: winner });
    }
  } catch (error) {
    // Nothing may be half-written: abort (a failed request already did) and wait for the end.
    try {
      tx.abort();
    } catch {
      // The transaction has already finished or aborted.
    }
    await done.catch(() => undefined);
    throw error;
  }
  await done;
  return { outcomes, copies, quarantined };
}
