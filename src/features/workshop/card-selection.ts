import { parseCardRef } from '../../domain/deck/card-ref.ts';
import type { Deck } from '../../domain/deck/types.ts';
import type { StepCards } from '../../domain/workshop/run-sheet-types.ts';

/** How a step chooses its cards: not at all, by decks and categories, or one by one. */
export type CardMode = 'none' | 'filter' | 'picked';

/** Chosen categories per deck id, as the deck and category checkboxes show them. */
export type FilterSelection = ReadonlyMap<string, ReadonlySet<string>>;

/** The mode a stored selection is in: hand-picked cards win over the filters (see step-cards.ts). */
export function cardModeOf(cards: StepCards): CardMode {
  if (cards.cardRefs.length > 0) return 'picked';
  return cards.deckIds.length > 0 || cards.categoryIds.length > 0 ? 'filter' : 'none';
}

/** Reads deckIds and categoryIds (`cat` or `deck/cat`) the way filterCards applies them. */
export function filterSelectionOf(cards: StepCards, decks: readonly Deck[]): FilterSelection {
  const { deckIds, categoryIds } = cards;
  const selection = new Map<string, Set<string>>();
  for (const deck of decks) {
    const included = deckIds.length === 0 ? categoryIds.length > 0 : deckIds.includes(deck.id);
    if (!included) continue;
    const chosen = deck.categories
      .map((c) => c.id)
      .filter(
        (c) => categoryIds.length === 0 || categoryIds.includes(c) || categoryIds.includes(`${deck.id}/${c}`),
      );
    if (chosen.length > 0) selection.set(deck.id, new Set(chosen));
  }
  return selection;
}

const deckOfCategory = (id: string): string | null => parseCardRef(id)?.deckId ?? null;

/**
 * Writes a selection back as deckIds and categoryIds. A deck with every category chosen needs no
 * category list; as soon as one deck is partial, every chosen category is named with its deck, so
 * the filters mean exactly what the boxes show. Decks this device does not have are kept as they were.
 */
export function filterCardsOf(
  selection: FilterSelection,
  decks: readonly Deck[],
  previous: StepCards,
): Pick<StepCards, 'deckIds' | 'categoryIds'> {
  const known = new Set(decks.map((d) => d.id));
  const keptDecks = previous.deckIds.filter((id) => !known.has(id));
  const keptCategories = previous.categoryIds.filter((id) => {
    const deck = deckOfCategory(id);
    return deck !== null && !known.has(deck);
  });
  const chosen = decks.filter((d) => (selection.get(d.id)?.size ?? 0) > 0);
  const full = chosen.every((d) => d.categories.every((c) => selection.get(d.id)?.has(c.id)));
  const categoryIds =
    full && keptCategories.length === 0
      ? []
      : [
          ...chosen.flatMap((d) =>
            d.categories.filter((c) => selection.get(d.id)?.has(c.id)).map((c) => `${d.id}/${c.id}`),
          ),
          ...keptCategories,
        ];
  return { deckIds: [...chosen.map((d) => d.id), ...keptDecks], categoryIds };
}

/** Chooses a whole deck (every category) or leaves it out. */
export function toggleDeck(selection: FilterSelection, deck: Deck, on: boolean): FilterSelection {
  const next = new Map(selection);
  if (on) next.set(deck.id, new Set(deck.categories.map((c) => c.id)));
  else next.delete(deck.id);
  return next;
}

/** Chooses or drops one category of a deck; a deck with no category left is left out. */
export function toggleCategory(
  selection: FilterSelection,
  deckId: string,
  categoryId: string,
  on: boolean,
): FilterSelection {
  const next = new Map(selection);
  const categories = new Set(next.get(deckId) ?? []);
  if (on) categories.add(categoryId);
  else categories.delete(categoryId);
  if (categories.size === 0) next.delete(deckId);
  else next.set(deckId, categories);
  return next;
}
