import fc from 'fast-check';
import { AUDIENCES } from '../../../../src/domain/deck/audience.ts';
import type { Deck, LocalizedText, SourceDoc } from '../../../../src/domain/deck/types.ts';

const idArb = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const textArb = (max: number) =>
  fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }).filter((s) => s.trim() !== '');

/** Localized text with nb always present and nn/en sometimes. */
export const localizedArb: fc.Arbitrary<LocalizedText> = fc.record(
  { nb: textArb(60), nn: textArb(60), en: textArb(60) },
  { requiredKeys: ['nb'] },
);

/** A described source with the given id and every optional field now and then. */
const sourceDocArb = (id: string): fc.Arbitrary<SourceDoc> =>
  fc.record(
    {
      id: fc.constant(id),
      title: localizedArb,
      by: textArb(30),
      year: fc.oneof(fc.integer({ min: 0, max: 9999 }), textArb(20)),
      where: localizedArb,
    },
    { requiredKeys: ['id', 'title'] },
  );

/** A valid deck (format 1) with every optional field appearing now and then. */
export const deckArb: fc.Arbitrary<Deck> = fc
  .tuple(
    fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
    fc.option(fc.uniqueArray(idArb, { maxLength: 3 }), { nil: undefined }),
  )
  .chain(([categoryIds, sourceIds]) =>
    fc.record({
      id: idArb,
      version: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      title: localizedArb,
      description: localizedArb,
      ...(sourceIds !== undefined && { sources: fc.tuple(...sourceIds.map(sourceDocArb)) }),
      categories: fc
        .array(localizedArb, { minLength: categoryIds.length, maxLength: categoryIds.length })
        .map((labels) => labels.map((label, i) => ({ id: categoryIds[i]!, label }))),
      cards: fc.uniqueArray(
        fc.record(
          {
            id: idArb,
            category: fc.constantFrom(...categoryIds),
            text: localizedArb,
            followUps: fc.array(localizedArb, { maxLength: 6 }),
            hint: localizedArb,
            flip: fc.boolean(),
            ...(sourceIds !== undefined &&
              sourceIds.length > 0 && {
                source: fc.record({ doc: fc.constantFrom(...sourceIds), section: textArb(30) }),
              }),
            audience: fc.subarray([...AUDIENCES], { minLength: 1 }),
          },
          { requiredKeys: ['id', 'category', 'text'] },
        ),
        { minLength: 1, maxLength: 6, selector: (card) => card.id },
      ),
    }),
  );

/** The file form of a deck: the deck plus its type tag and format. */
export function toFile(deck: Deck): Record<string, unknown> {
  return { type: 'kortstokk/deck', format: 1, ...deck };
}
