import fc from 'fast-check';
import { AUDIENCES } from '../../../../src/domain/deck/audience.ts';
import type { LocalizedText } from '../../../../src/domain/deck/types.ts';
import { EXERCISE_FORMATS, ODD_MODES } from '../../../../src/domain/workshop/exercise-formats.ts';
import type { RunSheet, Step } from '../../../../src/domain/workshop/run-sheet-types.ts';

const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() !== '');

/** Localized text with nb and, sometimes, nn and en. */
export const localizedArb = (max = 40): fc.Arbitrary<LocalizedText> =>
  fc.record({ nb: text(max), nn: text(max), en: text(max) }, { requiredKeys: ['nb'] });

const cardsArb = fc.record(
  {
    deckIds: fc.array(id, { maxLength: 3 }),
    categoryIds: fc.array(
      fc.oneof(
        id,
        fc.tuple(id, id).map(([d, c]) => `${d}/${c}`),
      ),
      { maxLength: 3 },
    ),
    cardRefs: fc.array(
      fc.tuple(id, id).map(([d, c]) => `${d}/${c}`),
      { maxLength: 3 },
    ),
    audience: fc.constantFrom(...AUDIENCES),
  },
  { requiredKeys: ['deckIds', 'categoryIds', 'cardRefs'] },
);

/** One valid step of any format, with the given id. */
export const stepArb = (stepId: string): fc.Arbitrary<Step> =>
  fc
    .record({
      format: fc.constantFrom(...EXERCISE_FORMATS),
      durationMs: fc.integer({ min: 1000, max: 4 * 3_600_000 }),
      rounds: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
      oddMode: fc.constantFrom(...ODD_MODES),
      cards: cardsArb,
      instructions: localizedArb(80),
    })
    .map(({ format, rounds, oddMode, ...rest }): Step =>
      format === 'speed-date'
        ? { id: stepId, format, rounds, oddMode, ...rest }
        : { id: stepId, format, ...rest },
    );

/** A valid run-sheet with distinct step ids. */
export const runSheetArb: fc.Arbitrary<RunSheet> = fc
  .record(
    {
      id,
      title: localizedArb(),
      description: localizedArb(),
      stepIds: fc.uniqueArray(id, { maxLength: 8 }),
    },
    { requiredKeys: ['id', 'title', 'stepIds'] },
  )
  .chain(({ stepIds, ...sheet }) =>
    fc.tuple(...stepIds.map(stepArb)).map((steps): RunSheet => ({ ...sheet, steps })),
  );

/** An id generator counting up from 1: `${prefix}1`, `${prefix}2`, … */
export function counterIds(prefix = 'id-'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}${n}`;
  };
}
