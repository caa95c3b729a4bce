import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src/domain/notes/journal-backup.ts';
import { lookBackItems, WEEK_MS } from '../../../src/features/solo/look-back.ts';

const NOW = 100 * WEEK_MS;
const entry = (
  id: string,
  cardRef: string | null,
  weeksAgo: number,
  extra: Partial<JournalEntry> = {},
): JournalEntry => ({
  id,
  cardRef,
  text: `svar ${id}`,
  createdAt: NOW - weeksAgo * WEEK_MS,
  updatedAt: NOW - weeksAgo * WEEK_MS,
  ...extra,
});

describe('look back', () => {
  it('brings back cards whose latest answer is at least the chosen weeks old, oldest first', () => {
    const entries = [entry('a', 'd/1', 10), entry('b', 'd/2', 5), entry('c', 'd/3', 1), entry('f', null, 20)];
    expect(lookBackItems(entries, NOW, 4).map((i) => i.cardRef)).toEqual(['d/1', 'd/2']);
    expect(lookBackItems(entries, NOW, 8).map((i) => i.cardRef)).toEqual(['d/1']);
    expect(lookBackItems(entries, NOW, 5).map((i) => i.cardRef)).toEqual(['d/1', 'd/2']);
  });

  it('keeps a card away once it was answered again recently, and threads the new answer', () => {
    const first = entry('a', 'd/1', 10);
    expect(lookBackItems([first], NOW, 4)[0]).toMatchObject({ round: 'a', earlier: [first] });
    const again = entry('b', 'd/1', 6, { round: 'a' });
    const item = lookBackItems([again, first], NOW, 4)[0];
    expect(item?.earlier.map((e) => e.id)).toEqual(['a', 'b']);
    expect(item?.round).toBe('a');
    expect(lookBackItems([first, entry('c', 'd/1', 0, { round: 'a' })], NOW, 4)).toEqual([]);
  });

  it('ignores empty answers', () => {
    expect(lookBackItems([entry('a', 'd/1', 10, { text: '  ' })], NOW, 1)).toEqual([]);
  });
});
