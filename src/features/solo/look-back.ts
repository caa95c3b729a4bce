import type { JournalEntry } from '../../domain/notes/journal-backup.ts';

/** One week in milliseconds. */
export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A card that comes back: its earlier answers, oldest first, and the thread a new answer joins. */
export interface LookBackItem {
  readonly cardRef: string;
  readonly earlier: readonly JournalEntry[];
  /** meta.round of the new answer: the thread of the latest earlier answer. */
  readonly round: string;
}

/** The thread an entry belongs to: its round, or its own id when it started one. */
export function threadOf(entry: JournalEntry): string {
  return entry.round ?? entry.id;
}

/**
 * Cards whose latest answer is at least `weeks` weeks old at `now`, the longest-waiting first.
 * Empty answers do not count: there is nothing to look back at.
 */
export function lookBackItems(entries: readonly JournalEntry[], now: number, weeks: number): LookBackItem[] {
  const cutoff = now - weeks * WEEK_MS;
  const byCard = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    if (entry.cardRef === null || entry.text.trim() === '') continue;
    byCard.set(entry.cardRef, [...(byCard.get(entry.cardRef) ?? []), entry]);
  }
  const items: LookBackItem[] = [];
  for (const [cardRef, list] of byCard) {
    const earlier = list.sort((a, b) => a.createdAt - b.createdAt);
    const latest = earlier[earlier.length - 1];
    if (latest && latest.createdAt <= cutoff) items.push({ cardRef, earlier, round: threadOf(latest) });
  }
  return items.sort(
    (a, b) =>
      (a.earlier.at(-1)?.createdAt ?? 0) - (b.earlier.at(-1)?.createdAt ?? 0) ||
      (a.cardRef < b.cardRef ? -1 : 1),
  );
}
