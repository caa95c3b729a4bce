import { describe, expect, it } from 'vitest';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import { groupNotes, visibleNotes } from '../../../src/features/notes-wall/group-notes.ts';

let t = 0;
const note = (over: Partial<Note>): Note => {
  t += 1;
  return {
    id: `n${t}`,
    sessionId: 'K7M4QX',
    cardRef: null,
    text: `tekst ${t}`,
    createdAt: t,
    updatedAt: t,
    ...over,
  };
};

const NOTES = [
  note({ cardRef: 'a/2', seat: 4 }),
  note({ cardRef: 'a/1', seat: 2 }),
  note({ cardRef: null, seat: 10 }),
  note({ cardRef: 'a/2', seat: 2 }),
  note({ cardRef: 'b/1' }),
  note({ cardRef: 'a/1', text: '   ' }),
];
const categoryOf = (ref: string) => (ref.startsWith('a/') ? 'a/x' : null);

describe('groupNotes', () => {
  it("groups by card in the order of each group's first note, free notes last, cleared notes left out", () => {
    const groups = groupNotes(NOTES, 'card', categoryOf);
    expect(groups.map((g) => g.key)).toEqual(['a/2', 'a/1', 'b/1', '']);
    expect(groups[0]?.notes.map((n) => n.seat)).toEqual([4, 2]);
    expect(groups[1]?.notes).toHaveLength(1);
  });

  it('groups by category, unknown categories with the free notes', () => {
    const groups = groupNotes(NOTES, 'category', categoryOf);
    expect(groups.map((g) => [g.key, g.notes.length])).toEqual([
      ['a/x', 3],
      ['', 2],
    ]);
  });

  it('groups by seat in number order, notes without a seat last', () => {
    expect(groupNotes(NOTES, 'seat', categoryOf).map((g) => g.key)).toEqual(['2', '4', '10', '']);
  });

  it('shows nothing for no notes', () => {
    expect(groupNotes([], 'card', categoryOf)).toEqual([]);
    expect(visibleNotes([note({ text: '' })])).toEqual([]);
  });
});
