import { localize } from '../../domain/deck/localize.ts';
import type { Card, Deck, Lang } from '../../domain/deck/types.ts';

/** A card found by its `deck/card` ref. */
export type FoundCard = { deck: Deck; card: Card };

/** Finds a card by ref in the decks on this device. */
export function findCard(decks: readonly Deck[], ref: string): FoundCard | undefined {
  const slash = ref.indexOf('/');
  const deck = decks.find((d) => d.id === ref.slice(0, slash));
  const card = deck?.cards.find((c) => c.id === ref.slice(slash + 1));
  return deck && card ? { deck, card } : undefined;
}

/** The card's question in the language, or the ref itself when this device lacks the card. */
export function cardText(decks: readonly Deck[], ref: string, lang: Lang): string {
  const found = findCard(decks, ref);
  return found ? localize(found.card.text, lang).text : ref;
}

/** The category key (`deck/category`) of a card, for grouping; null when unknown. */
export function categoryKey(decks: readonly Deck[], ref: string): string | null {
  const found = findCard(decks, ref);
  return found ? `${found.deck.id}/${found.card.category}` : null;
}

/** The label of a category key, e.g. «Ledelse og fravær»; the key itself when unknown. */
export function categoryLabel(decks: readonly Deck[], key: string, lang: Lang): string {
  const slash = key.indexOf('/');
  const deck = decks.find((d) => d.id === key.slice(0, slash));
  const category = deck?.categories.find((c) => c.id === key.slice(slash + 1));
  return deck && category
    ? `${localize(category.label, lang).text} (${localize(deck.title, lang).text})`
    : key;
}
