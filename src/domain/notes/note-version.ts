import type { Note } from './note-types.ts';

// Merging must not depend on the order files arrive in. So "which version wins" is a total order:
// newer updatedAt first, and for equal times a fixed comparison of the content. Two versions tie
// only when they are identical, so every device ends with the same note.

function contentKey(note: Note): string {
  return JSON.stringify([
    note.text,
    note.cardRef,
    note.author ?? null,
    note.seat ?? null,
    note.stepIndex ?? null,
    note.createdAt,
    note.sessionId,
  ]);
}

/** Compares two versions of a note: > 0 when a wins, < 0 when b wins, 0 when they are the same. */
export function compareNoteVersions(a: Note, b: Note): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? 1 : -1;
  const ka = contentKey(a);
  const kb = contentKey(b);
  return ka === kb ? 0 : ka > kb ? 1 : -1;
}
