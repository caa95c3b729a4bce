import fc from 'fast-check';
import type { Deck, LocalizedText } from '../../../../src/domain/deck/types.ts';

const idArb = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const textArb = (max: number) =>
  fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }).filter((s) => s.trim() !== '');

/** Localized text with nb always present and nn/en sometimes. */
export const localizedArb: fc.Arbitrary<LocalizedText> = fc.record(
  { nb: textArb(60), nn: textArb(60), en: textArb(60) },
  { requiredKeys: ['nb'] },
);

/** A valid deck (format 1) with every optional field appearing now and then. */
export const deckArb: fc.Arbitrary<Deck> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 4 })
  .chain((categoryIds) =>
    fc.record({
      id: idArb,
      version: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      title: localizedArb,
      description: localizedArb,
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
            source: fc.record({ file: textArb(30), section: textArb(30) }),
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
