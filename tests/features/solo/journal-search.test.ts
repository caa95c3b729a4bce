import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src/domain/notes/journal-backup.ts';
import {
  answeredAgain,
  groupByCard,
  groupByDay,
  searchEntries,
} from '../../../src/features/solo/journal-search.ts';

const DAY = 86_400_000;
const entry = (id: string, cardRef: string | null, text: string, day: number): JournalEntry => ({
  id,
  cardRef,
  text,
  createdAt: day * DAY + 1000,
  updatedAt: day * DAY + 1000,
});
const ENTRIES = [
  entry('a', 'd/1', 'Tillit i gruppa', 1),
  entry('b', 'd/2', 'Om budsjettet', 1),
  entry('c', 'd/1', 'Tillit igjen, bedre nå', 9),
  entry('d', null, 'Fri tanke', 5),
];
const cardText = (ref: string) => (ref === 'd/1' ? 'Hva gir TILLIT?' : 'Hva koster det?');

describe('journal search', () => {
  it('finds every word in the text or the card question, ignoring case', () => {
    expect(searchEntries(ENTRIES, 'tillit', cardText).map((e) => e.id)).toEqual(['a', 'c']);
    expect(searchEntries(ENTRIES, 'koster budsjettet', cardText).map((e) => e.id)).toEqual(['b']);
    expect(searchEntries(ENTRIES, '  ', cardText)).toHaveLength(4);
    expect(searchEntries(ENTRIES, 'ingenting', cardText)).toEqual([]);
  });

  it('groups by day, newest first', () => {
    const groups = groupByDay(ENTRIES, (ms) => String(Math.floor(ms / DAY)));
    expect(groups.map(([day, list]) => [day, list.map((e) => e.id)])).toEqual([
      ['9', ['c']],
      ['5', ['d']],
      ['1', ['b', 'a']],
    ]);
  });

  it('groups by card, latest answered card first, answers oldest first, free entries last', () => {
    expect(groupByCard(ENTRIES).map(([ref, list]) => [ref, list.map((e) => e.id)])).toEqual([
      ['d/1', ['a', 'c']],
      ['d/2', ['b']],
      [null, ['d']],
    ]);
  });
});

describe('answered again', () => {
  it('marks every answer to a card but the first', () => {
    expect([...answeredAgain(ENTRIES)]).toEqual(['c']);
  });
});
