import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/storage/note.ts';
import type { NotesRepository } from '../../src/storage/notes-repository-types.ts';
import { freshEnv, makeNote, manualClock, openTab, rawGetAll, seed, waitUntil } from './notes-test-kit.ts';

function texts(repo: NotesRepository): string[] {
  return repo
    .all()
    .map((note) => note.text)
    .sort();
}

function conflictCopies(repo: NotesRepository, id: string): Note[] {
  return repo.all().filter((note) => note.meta?.['conflictOf'] === id);
}

describe('notes repository: two tabs on one database', () => {
  it('keeps both texts when two tabs edit different notes', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'n1', text: 'one' }), makeNote({ id: 'n2', text: 'two' })]);
    const tabA = openTab(env);
    const tabB = openTab(env);
    await Promise.all([tabA.ready, tabB.ready]);

    tabA.setText('n1', 'one, edited in A');
    tabB.setText('n2', 'two, edited in B');
    const created = tabB.put({ text: 'new in B' });
    await Promise.all([tabA.flush(), tabB.flush()]);

    const expected = ['new in B', 'one, edited in A', 'two, edited in B'];
    await waitUntil(tabA, (repo) => texts(repo).join() === expected.join());
    await waitUntil(tabB, (repo) => texts(repo).join() === expected.join());
    const stored = (await rawGetAll(env, 'notes')) as Note[];
    expect(stored.map((note) => note.text).sort()).toEqual(expected);
    expect(tabA.get(created.id)?.text).toBe('new in B');
  });

  it.each([
    ['the earlier edit is written first', ['A', 'B']],
    ['the later edit is written first', ['B', 'A']],
  ] as const)(
    'keeps the later edit of one note and the other as a conflict copy (%s)',
    async (_label, order) => {
      const env = freshEnv();
      await seed(env, [makeNote({ id: 'n1', text: 'original', updatedAt: 100 })]);
      const clockA = manualClock(1_000);
      const clockB = manualClock(2_000);
      const tabs = { A: openTab(env, { now: clockA.now }), B: openTab(env, { now: clockB.now }) };
      await Promise.all([tabs.A.ready, tabs.B.ready]);

      tabs.A.setText('n1', 'words from A');
      tabs.B.setText('n1', 'words from B');
      for (const name of order) await tabs[name].flush();

      for (const repo of [tabs.A, tabs.B]) {
        await waitUntil(
          repo,
          (r) => r.get('n1')?.text === 'words from B' && conflictCopies(r, 'n1').length === 1,
        );
        expect(conflictCopies(repo, 'n1').map((note) => note.text)).toEqual(['words from A']);
      }
      const stored = (await rawGetAll(env, 'notes')) as Note[];
      expect(stored.map((note) => note.text).sort()).toEqual(['words from A', 'words from B']);
      expect(stored.find((note) => note.id !== 'n1')?.meta).toEqual({ conflictOf: 'n1' });
    },
  );

  it('shows another tab’s saved change without touching its own unsaved edit', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'n1', text: 'one' }), makeNote({ id: 'n2', text: 'two' })]);
    const tabA = openTab(env);
    const tabB = openTab(env);
    await Promise.all([tabA.ready, tabB.ready]);

    tabB.setText('n2', 'B is typing');
    tabA.setText('n1', 'A saved this');
    tabA.remove('n2');
    await tabA.flush();

    await waitUntil(tabB, (repo) => repo.get('n1')?.text === 'A saved this');
    expect(tabB.get('n2')).toMatchObject({ text: 'B is typing' });
    expect(tabB.get('n2')?.deleted).toBeUndefined();
    expect(tabB.pendingCount()).toBe(1);
  });

  it('removes notes purged in another tab', async () => {
    const env = freshEnv();
    await seed(env, [
      makeNote({ id: 'n1', text: 'secret', deleted: true }),
      makeNote({ id: 'n2', text: 'kept' }),
    ]);
    const tabA = openTab(env);
    const tabB = openTab(env);
    await Promise.all([tabA.ready, tabB.ready]);
    expect(tabB.get('n1')?.deleted).toBe(true);

    await tabA.purgeDeleted();
    await waitUntil(tabB, (repo) => repo.get('n1') === undefined);
    expect(tabB.get('n2')?.text).toBe('kept');
  });
});
