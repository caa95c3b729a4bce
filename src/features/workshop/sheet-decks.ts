import { parseCardRef } from '../../domain/deck/card-ref.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';

/**
 * The deck ids a run-sheet's steps name (in deckIds, in `deck/category` filters and in picked
 * cards), in order of first use: the decks a group for this sheet needs.
 */
export function decksOfSheet(sheet: RunSheet): string[] {
  const ids: string[] = [];
  const add = (id: string | null | undefined) => {
    if (id && !ids.includes(id)) ids.push(id);
  };
  for (const step of sheet.steps) {
    step.cards.deckIds.forEach(add);
    step.cards.categoryIds.forEach((c) => add(parseCardRef(c)?.deckId));
    step.cards.cardRefs.forEach((r) => add(parseCardRef(r)?.deckId));
  }
  return ids;
}
