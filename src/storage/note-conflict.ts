// Two versions of one note were written independently: keep the later one as the note and the
// other one's words as a separate "conflict copy", so no words are lost.
import type { Note } from './note.ts';

export interface ConflictResolution {
  /** The version that stays under the note's id. */
  readonly winner: Note;
  /** True when the local version won (and must be written). */
  readonly localWon: boolean;
  /** A new note holding the loser's text, when that text would otherwise be lost. */
  readonly copy: Note | undefined;
}

/** Later updatedAt wins (a tie goes to the local writer); the loser's text becomes a conflict copy. */
export function resolveConflict(local: Note, stored: Note, createId: () => string): ConflictResolution {
  const localWon = local.updatedAt >= stored.updatedAt;
  const winner = localWon ? { ...local, rev: Math.max(local.rev, stored.rev) + 1 } : stored;
  const loser = localWon ? stored : local;
  const keepLoser = !loser.deleted && loser.text !== '' && loser.text !== winner.text;
  return { winner, localWon, copy: keepLoser ? conflictCopy(loser, createId()) : undefined };
}

/** A new note with the loser's content, marked with meta.conflictOf = the original id. */
export function conflictCopy(loser: Note, id: string): Note {
  return {
    ...loser,
    id,
    rev: 1,
    meta: { ...loser.meta, conflictOf: loser.id },
  };
}
