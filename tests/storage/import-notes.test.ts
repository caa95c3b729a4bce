import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/storage/import-merge.ts';
import type { Note } from '../../src/storage/note.ts';
import type { NotesRepository } from '../../src/storage/notes-repository-types.ts';
import { freshEnv, makeNote, openTab, rawGetAll, seed } from './notes-test-kit.ts';

// Few ids so lists collide with each other and with what is stored.
const noteArb: fc.Arbitrary<Note> = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    text: fc.string({ maxLength: 8 }),
    updatedAt: fc.integer({ min: 1, max: 5 }),
    rev: fc.integer({ min: 0, max: 3 }),
    deleted: fc.boolean(),
  })
  .map(({ deleted, ...fields }) => makeNote(deleted ? { ...fields, deleted } : fields));

function state(repo: NotesRepository): Record<string, Note | undefined> {
  return Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, repo.get(id)]));
}

describe('importNotes', () => {
  it('adds new ids, takes a newer updatedAt, leaves the rest, and saves', async () => {
    const env = freshEnv();
    await seed(env, [
      makeNote({ id: 'a', text: 'mine', updatedAt: 10 }),
      makeNote({ id: 'b', text: 'mine', updatedAt: 10 }),
    ]);
    const repo = openTab(env);
    await repo.ready;

    const counts = await repo.importNotes([
      makeNote({ id: 'a', text: 'theirs, newer', updatedAt: 11 }),
      makeNote({ id: 'b', text: 'theirs, older', updatedAt: 9 }),
      makeNote({ id: 'c', text: 'theirs, new', updatedAt: 1 }),
      { id: 'broken' },
    ]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1, invalid: 1 });
    await repo.flush();
    const stored = (await rawGetAll(env, 'notes')) as Note[];
    expect(stored.map((note) => `${note.id}:${note.text}`)).toEqual([
      'a:theirs, newer',
      'b:mine',
      'c:theirs, new',
    ]);
  });

  it('importing the same list twice is the same as importing it once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(noteArb, { maxLength: 4 }),
        fc.array(noteArb, { maxLength: 8 }),
        async (existing, incoming) => {
          const env = freshEnv();
          await seed(env, existing);
          const repo = openTab(env, { channelName: null });
          await repo.ready;

          await repo.importNotes(incoming);
          const once = state(repo);
          const second = await repo.importNotes(incoming);
          expect(state(repo)).toEqual(once);
          expect(second).toEqual({ added: 0, updated: 0, unchanged: incoming.length, invalid: 0 });

          await repo.flush();
          const stored = (await rawGetAll(env, 'notes')) as Note[];
          expect(Object.fromEntries(stored.map((note) => [note.id, note]))).toEqual(
            Object.fromEntries(Object.entries(once).filter(([, note]) => note !== undefined)),
          );
          await repo.close();
        },
      ),
      { numRuns: 40, seed: 20240611 },
    );
  });

  it('planImport: the result does not depend on how often a list is applied', () => {
    fc.assert(
      fc.property(
        fc.array(noteArb, { maxLength: 6 }),
        fc.array(noteArb, { maxLength: 8 }),
        (existing, incoming) => {
          const store = new Map(existing.map((note) => [note.id, note]));
          const apply = (): void => {
            for (const note of planImport((id) => store.get(id), incoming).changes) store.set(note.id, note);
          };
          apply();
          const once = new Map(store);
          apply();
          expect(store).toEqual(once);
          expect(planImport((id) => store.get(id), incoming).changes).toEqual([]);
        },
      ),
      { seed: 20240611 },
    );
  });
});
