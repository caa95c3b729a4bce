import type { JournalBackup } from '../../domain/notes/journal-backup.ts';
import type { MergeCounts } from '../../domain/notes/merge-by-id.ts';
import { mergeJournalBackup } from '../../domain/notes/merge-journal-backup.ts';
import type { Note } from '../../storage/note.ts';
import { assessmentToNote, entryToNote, journalFromNotes } from './journal-records.ts';

/** What restoring a backup will write, and what happened to its entries and assessments. */
export interface JournalImportPlan {
  /** Note records for the repository's importNotes. */
  readonly records: readonly Note[];
  readonly entries: MergeCounts;
  readonly assessments: MergeCounts;
  /** Backup items whose id belongs to a different kind of note here: left alone. */
  readonly skipped: number;
}

/**
 * Plans the restore of a backup into the notes held (`notes`: the live ones; `lookup`: any stored
 * note by id, soft-deleted ones included). The domain merge decides; only what it added or
 * replaced is written, so a second import of the same file writes nothing. An entry that is in
 * the bin here gets a time just after the binned one, so it comes back instead of staying deleted.
 */
export function planJournalImport(
  notes: readonly Note[],
  backup: JournalBackup,
  lookup: (id: string) => Note | undefined,
): JournalImportPlan {
  const current = journalFromNotes(notes);
  const merged = mergeJournalBackup(current, backup);
  const held = new Set<object>([...current.entries, ...current.assessments]);
  const changed = [
    ...merged.entries.filter((e) => !held.has(e)).map(entryToNote),
    ...merged.assessments.filter((a) => !held.has(a)).map(assessmentToNote),
  ];
  const records: Note[] = [];
  let skipped = 0;
  for (const record of changed) {
    const stored = lookup(record.id);
    if (stored && stored.kind !== record.kind) skipped += 1;
    else if (stored && stored.updatedAt >= record.updatedAt)
      records.push({ ...record, updatedAt: stored.updatedAt + 1 });
    else records.push(record);
  }
  return { records, entries: merged.entryCounts, assessments: merged.assessmentCounts, skipped };
}
