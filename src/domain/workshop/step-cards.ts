import { refsFor } from '../deck/audience-filter.ts';
import { parseCardRef, type CardRef } from '../deck/card-ref.ts';
import { filterCards } from '../deck/filter-cards.ts';
import type { Deck } from '../deck/types.ts';
import { FORMAT_TABLE } from './exercise-formats.ts';
import type { Step } from './run-sheet-types.ts';

function cardOf(decks: readonly Deck[], ref: string) {
  const parts = parseCardRef(ref);
  if (!parts) return undefined;
  return decks.find((deck) => deck.id === parts.deckId)?.cards.find((card) => card.id === parts.cardId);
}

/**
 * The cards a step uses, in order. Hand-picked refs win: when there are any, exactly those that
 * exist in `decks` (duplicates once). Otherwise the filters apply, an empty list meaning "no
 * limit" for that filter; with both filters empty the step has no cards. The filtered cards are
 * narrowed to the step's audience, if it has one (cards for everyone always stay). A flip step
 * keeps only the deck's flip cards when its selection holds any (a deck without them still works).
 */
export function resolveStepCards(step: Step, decks: readonly Deck[]): CardRef[] {
  const { deckIds, categoryIds, cardRefs } = step.cards;
  if (cardRefs.length > 0) {
    const known = cardRefs.filter((ref) => cardOf(decks, ref) !== undefined) as CardRef[];
    return [...new Set(known)];
  }
  if (deckIds.length === 0 && categoryIds.length === 0) return [];
  const filtered = filterCards(decks, {
    ...(deckIds.length > 0 ? { deckIds } : {}),
    ...(categoryIds.length > 0 ? { categoryIds } : {}),
  });
  const refs = refsFor(decks, filtered, step.cards.audience ?? null);
  if (FORMAT_TABLE[step.format].cardUse !== 'flip') return refs;
  const flips = refs.filter((ref) => cardOf(decks, ref)?.flip === true);
  return flips.length > 0 ? flips : refs;
}

/** Hand-picked refs of a step that no deck in `decks` holds (for a "missing card" warning). */
export function missingCardRefs(step: Step, decks: readonly Deck[]): string[] {
  return step.cards.cardRefs.filter((ref) => cardOf(decks, ref) === undefined);
}
