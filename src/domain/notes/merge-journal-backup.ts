import type { Assessment, JournalBackup, JournalEntry } from './journal-backup.ts';
import { copyAssessment, copyJournalEntry } from './journal-backup.ts';
import { mergeById, type MergeCounts } from './merge-by-id.ts';

/** The journal as the app holds it. */
export interface Journal {
  readonly entries: readonly JournalEntry[];
  readonly assessments: readonly Assessment[];
}

/** The merged journal and what happened to the backup's entries and assessments. */
export interface JournalMergeResult extends Journal {
  readonly entries: JournalEntry[];
  readonly assessments: Assessment[];
  readonly entryCounts: MergeCounts;
  readonly assessmentCounts: MergeCounts;
}

function entryKey(entry: JournalEntry): string {
  return JSON.stringify([entry.text, entry.cardRef, entry.round ?? null, entry.createdAt]);
}

/** Newer updatedAt wins; equal times fall back to a fixed content order, so the result is stable. */
function entryWins(candidate: JournalEntry, current: JournalEntry): boolean {
  if (candidate.updatedAt !== current.updatedAt) return candidate.updatedAt > current.updatedAt;
  return entryKey(candidate) > entryKey(current);
}

/**
 * Restores a backup into the current journal. Into an empty journal it gives back exactly what was
 * exported, in order. Entries: new ids are added, a newer version replaces the held one, nothing
 * is ever deleted. Assessments are snapshots: a new id is added, a known id is left as it is.
 * Importing the same backup twice changes nothing the second time.
 */
export function mergeJournalBackup(current: Journal, backup: JournalBackup): JournalMergeResult {
  const entries = mergeById(current.entries, backup.entries.map(copyJournalEntry), entryWins);
  const assessments = mergeById(current.assessments, backup.assessments.map(copyAssessment), () => false);
  const { items: entryItems, ...entryCounts } = entries;
  const { items: assessmentItems, ...assessmentCounts } = assessments;
  return { entries: entryItems, assessments: assessmentItems, entryCounts, assessmentCounts };
}
