import type { Note } from '../../domain/notes/note-types.ts';

/** How the wall groups notes. */
export type GroupBy = 'card' | 'category' | 'seat';

export const GROUP_BYS: readonly GroupBy[] = ['card', 'category', 'seat'];

/** One group on the wall; `key` is the card ref, the category key or the seat ('' for none). */
export type NoteGroup = { key: string; notes: Note[] };

const byTime = (a: Note, b: Note) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The notes worth showing: a cleared note is still handed in (so it clears), but not shown. */
export function visibleNotes(notes: readonly Note[]): Note[] {
  return notes.filter((n) => n.text.trim() !== '').sort(byTime);
}

/**
 * Groups notes by card, by the card's category (`categoryOf` gives a key, null when unknown) or by
 * seat. Groups come in the order their first note was written (seats in number order), and the
 * group of notes without a card, category or seat comes last.
 */
export function groupNotes(
  notes: readonly Note[],
  by: GroupBy,
  categoryOf: (cardRef: string) => string | null,
): NoteGroup[] {
  const keyOf = (note: Note): string => {
    if (by === 'seat') return note.seat === undefined ? '' : String(note.seat);
    if (note.cardRef === null) return '';
    return by === 'card' ? note.cardRef : (categoryOf(note.cardRef) ?? '');
  };
  const groups = new Map<string, Note[]>();
  for (const note of visibleNotes(notes)) {
    const key = keyOf(note);
    const list = groups.get(key);
    if (list) list.push(note);
    else groups.set(key, [note]);
  }
  const list = [...groups].map(([key, grouped]) => ({ key, notes: grouped }));
  if (by === 'seat') list.sort((a, b) => Number(a.key || Infinity) - Number(b.key || Infinity));
  return [...list.filter((g) => g.key !== ''), ...list.filter((g) => g.key === '')];
}
