import fc from 'fast-check';
import type { Assessment, JournalEntry } from '../../../../src/domain/notes/journal-backup.ts';
import { LEADERSHIP_FUNCTIONS } from '../../../../src/domain/notes/journal-backup.ts';
import type { Note } from '../../../../src/domain/notes/note-types.ts';
import type { SessionRef } from '../../../../src/domain/notes/session-ref.ts';

/** The session of tests/fixtures/hand-ins/valid.json. */
export const SESSION: SessionRef = { code: 'K7M4QX', seed: 123456, decks: [{ id: 'naervaer', version: 1 }] };

export const noteIdArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/);
const time = fc.integer({ min: 0, max: 2_000_000_000_000 });
const cardRefArb = fc.option(
  fc.constantFrom('naervaer/naervaer-001', 'naervaer/naervaer-002', 'floker/floker-002'),
  {
    nil: null,
  },
);
const nameArb = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');

/** A valid note with ids from `id`; updatedAt ≥ createdAt. Small `times` make versions tie often. */
export const noteArb = (
  id: fc.Arbitrary<string> = noteIdArb,
  times: { createdAt: fc.Arbitrary<number>; age: fc.Arbitrary<number> } = {
    createdAt: time,
    age: fc.integer({ min: 0, max: 1_000_000 }),
  },
): fc.Arbitrary<Note> =>
  fc
    .record(
      {
        id,
        cardRef: cardRefArb,
        stepIndex: fc.integer({ min: 0, max: 99 }),
        seat: fc.integer({ min: 1, max: 200 }),
        author: nameArb,
        text: fc.string({ maxLength: 60 }),
        createdAt: times.createdAt,
        age: times.age,
      },
      { requiredKeys: ['id', 'cardRef', 'text', 'createdAt', 'age'] },
    )
    .map(({ age, ...note }) => ({ ...note, sessionId: SESSION.code, updatedAt: note.createdAt + age }));

/** Notes with distinct ids. */
export const notesArb = (maxLength = 8): fc.Arbitrary<Note[]> =>
  fc.uniqueArray(noteArb(), { maxLength, selector: (n) => n.id });

/** Versions of notes from a small id pool and a tiny clock, so files overlap, compete and tie. */
export const competingNotesArb = fc.uniqueArray(
  noteArb(fc.constantFrom('a', 'b', 'c', 'd', 'e'), {
    createdAt: fc.integer({ min: 0, max: 2 }),
    age: fc.integer({ min: 0, max: 2 }),
  }),
  { maxLength: 5, selector: (n) => n.id },
);

/** A valid journal entry. */
export const entryArb: fc.Arbitrary<JournalEntry> = fc
  .record(
    {
      id: noteIdArb,
      cardRef: cardRefArb,
      text: fc.string({ maxLength: 60 }),
      createdAt: time,
      age: fc.integer({ min: 0, max: 1_000_000 }),
      round: nameArb,
    },
    { requiredKeys: ['id', 'cardRef', 'text', 'createdAt', 'age'] },
  )
  .map(({ age, ...entry }) => ({ ...entry, updatedAt: entry.createdAt + age }));

const ratingArb = fc.record({
  score: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
  note: fc.string({ maxLength: 30 }),
});

/** A valid assessment rating all six leadership functions. */
export const assessmentArb: fc.Arbitrary<Assessment> = fc.record({
  id: noteIdArb,
  createdAt: time,
  ratings: fc.record(
    Object.fromEntries(LEADERSHIP_FUNCTIONS.map((key) => [key, ratingArb])) as Record<
      (typeof LEADERSHIP_FUNCTIONS)[number],
      typeof ratingArb
    >,
  ),
});

/** A note with fixed, readable values for example-based tests. */
export function note(overrides: Partial<Note> = {}): Note {
  return {
    id: 'n1',
    sessionId: SESSION.code,
    cardRef: 'naervaer/naervaer-001',
    text: 'Tekst',
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}
