import type { Category, Deck } from '../../domain/deck/types.ts';

/** A category with the number of cards in it. */
export interface CategoryCount {
  readonly category: Category;
  readonly count: number;
}

/** The deck's categories in deck order with their card counts (empty categories included). */
export function categoryCounts(deck: Deck): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const card of deck.cards) counts.set(card.category, (counts.get(card.category) ?? 0) + 1);
  return deck.categories.map((category) => ({ category, count: counts.get(category.id) ?? 0 }));
}

/** The cards of one category, in deck order. */
export function cardsInCategory(deck: Deck, categoryId: string) {
  return deck.cards.filter((card) => card.category === categoryId);
}
