import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import { createHandIn, type HandIn } from '../../../src/domain/notes/handin.ts';
import { mergeHandIns } from '../../../src/domain/notes/merge-handins.ts';
import { competingNotesArb, note, notesArb, SESSION } from './support/note-arbitraries.ts';

const handInOf = (notes: readonly Note[], seat = 1): HandIn =>
  createHandIn({ session: SESSION, participant: { seat }, notes, createdAt: 0 });

/** Merges files one after another into `start`; throws if one is refused. */
function mergeAll(start: readonly Note[], files: readonly HandIn[]): Note[] {
  return files.reduce<Note[]>(
    (notes, file) => {
      const result = mergeHandIns(notes, file, SESSION);
      if (!result.ok) throw new Error(result.code);
      return result.notes;
    },
    [...start],
  );
}

const byId = (notes: readonly Note[]) => [...notes].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('mergeHandIns', () => {
  it('adds new notes, replaces older versions and counts what it did', () => {
    const existing = [note({ id: 'a', text: 'old', updatedAt: 1 }), note({ id: 'b', updatedAt: 5 })];
    const incoming = handInOf([
      note({ id: 'a', text: 'new', updatedAt: 2 }),
      note({ id: 'b', text: 'stale', updatedAt: 4 }),
      note({ id: 'c' }),
    ]);
    const result = mergeHandIns(existing, incoming, SESSION);
    expect(result).toMatchObject({ ok: true, added: 1, updated: 1, unchanged: 1 });
    expect(result.ok && result.notes.map((n) => `${n.id}:${n.text}`)).toEqual([
      'a:new',
      'b:Tekst',
      'c:Tekst',
    ]);
  });

  it('refuses a file from another session, or with a note of another session, and changes nothing', () => {
    const other = { ...handInOf([note()]), session: { ...SESSION, code: 'PQ2W9Z' } };
    expect(mergeHandIns([], other, SESSION)).toEqual({ ok: false, code: 'other-session' });
    const otherSeed = { ...handInOf([note()]), session: { ...SESSION, seed: 1 } };
    expect(mergeHandIns([], otherSeed, SESSION)).toEqual({ ok: false, code: 'other-session' });
    const strayNote = { ...handInOf([]), notes: [note({ sessionId: 'PQ2W9Z' })] };
    expect(mergeHandIns([], strayNote, SESSION)).toEqual({ ok: false, code: 'other-session' });
  });

  it('is idempotent: merging the same file twice equals merging it once', () => {
    fc.assert(
      fc.property(competingNotesArb, competingNotesArb, (start, incoming) => {
        const file = handInOf(incoming);
        const once = mergeAll(start, [file]);
        const twice = mergeHandIns(once, file, SESSION);
        expect(twice).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: incoming.length });
        expect(twice.ok && twice.notes).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('ends with the same set of notes whatever order the files arrive in', () => {
    const filesArb = fc
      .array(competingNotesArb, { minLength: 1, maxLength: 4 })
      .map((lists) => lists.map((notes, i) => handInOf(notes, i + 1)));
    const filesInTwoOrders = filesArb.chain((files) =>
      fc.tuple(
        fc.constant(files),
        fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
      ),
    );
    fc.assert(
      fc.property(filesInTwoOrders, ([files, shuffled]) => {
        expect(byId(mergeAll([], shuffled))).toEqual(byId(mergeAll([], files)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps, per note id, the version with the newest updatedAt', () => {
    fc.assert(
      fc.property(fc.array(competingNotesArb, { maxLength: 4 }), (lists) => {
        const merged = mergeAll(
          [],
          lists.map((notes) => handInOf(notes)),
        );
        const all = lists.flat().map((n) => ({ ...n, seat: n.seat ?? 1 }));
        for (const kept of merged) {
          const newest = Math.max(...all.filter((n) => n.id === kept.id).map((n) => n.updatedAt));
          expect(kept.updatedAt).toBe(newest);
        }
        expect(new Set(merged.map((n) => n.id))).toEqual(new Set(all.map((n) => n.id)));
      }),
      { numRuns: 300 },
    );
  });

  it('breaks a tie of equal updatedAt the same way in either order', () => {
    const a = note({ id: 'x', text: 'alpha', updatedAt: 9 });
    const b = note({ id: 'x', text: 'beta', updatedAt: 9 });
    expect(mergeAll([], [handInOf([a]), handInOf([b])])).toEqual(
      mergeAll([], [handInOf([b]), handInOf([a])]),
    );
  });

  it('does not touch the notes passed in', () => {
    fc.assert(
      fc.property(notesArb(), notesArb(), (start, incoming) => {
        const copy = structuredClone(start);
        mergeHandIns(start, handInOf(incoming), SESSION);
        expect(start).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});
