import type { JournalEntry } from '../../domain/notes/journal-backup.ts';

const words = (query: string) =>
  query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');

/** Entries whose text or card question holds every word of the query (case-insensitive). */
export function searchEntries(
  entries: readonly JournalEntry[],
  query: string,
  cardText: (ref: string) => string,
): JournalEntry[] {
  const wanted = words(query);
  if (wanted.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack =
      `${entry.text}\n${entry.cardRef === null ? '' : cardText(entry.cardRef)}`.toLocaleLowerCase();
    return wanted.every((w) => haystack.includes(w));
  });
}

const newestFirst = (a: JournalEntry, b: JournalEntry) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

/** Entries grouped by calendar day (dayOf gives the day's key), newest day and entry first. */
export function groupByDay(
  entries: readonly JournalEntry[],
  dayOf: (ms: number) => string,
): [string, JournalEntry[]][] {
  const groups = new Map<string, JournalEntry[]>();
  for (const entry of [...entries].sort(newestFirst)) {
    const day = dayOf(entry.createdAt);
    const list = groups.get(day);
    if (list) list.push(entry);
    else groups.set(day, [entry]);
  }
  return [...groups];
}

/**
 * Entries grouped by card, the most recently answered card first; inside a group the answers run
 * oldest first, so the way a thought changed reads from top to bottom. Free entries come last.
 */
export function groupByCard(entries: readonly JournalEntry[]): [string | null, JournalEntry[]][] {
  const groups = new Map<string | null, JournalEntry[]>();
  for (const entry of [...entries].sort(newestFirst)) {
    const list = groups.get(entry.cardRef);
    if (list) list.unshift(entry);
    else groups.set(entry.cardRef, [entry]);
  }
  const withCard = [...groups].filter(([ref]) => ref !== null);
  const free = groups.get(null);
  return free ? [...withCard, [null, free]] : withCard;
}

/** Ids of the entries that answer a card again (an earlier answer to the same card exists). */
export function answeredAgain(entries: readonly JournalEntry[]): Set<string> {
  const first = new Map<string, number>();
  for (const e of entries) {
    if (e.cardRef !== null) first.set(e.cardRef, Math.min(first.get(e.cardRef) ?? e.createdAt, e.createdAt));
  }
  return new Set(
    entries
      .filter((e) => e.cardRef !== null && (first.get(e.cardRef) ?? e.createdAt) < e.createdAt)
      .map((e) => e.id),
  );
}
