// Merging imported notes (a backup or a hand-in) into what we have: idempotent by construction.
import type { Note } from './note.ts';

export interface ImportCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Entries that are not valid notes and were skipped. */
  readonly invalid: number;
}

export interface ImportPlan {
  /** The notes to store, in order; at most one per id. */
  readonly changes: readonly Note[];
  readonly counts: ImportCounts;
}

/** Decides per incoming note: new id → add; newer updatedAt → replace; otherwise unchanged. */
export function planImport(
  lookup: (id: string) => Note | undefined,
  incoming: readonly (Note | undefined)[],
): ImportPlan {
  const changed = new Map<string, Note>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let invalid = 0;
  for (const note of incoming) {
    if (note === undefined) {
      invalid += 1;
      continue;
    }
    const current = changed.get(note.id) ?? lookup(note.id);
    if (current === undefined) added += 1;
    else if (note.updatedAt > current.updatedAt) updated += 1;
    else {
      unchanged += 1;
      continue;
    }
    changed.set(note.id, note);
  }
  return { changes: [...changed.values()], counts: { added, updated, unchanged, invalid } };
}
