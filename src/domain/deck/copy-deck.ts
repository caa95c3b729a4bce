import type { Card, CardSource, Category, Deck, LocalizedText } from './types.ts';

// Copies name every field, so whatever else rode along on the source object is left behind.

/** Copies localized text, keeping only nb, nn and en. */
export function copyLocalized(text: LocalizedText): LocalizedText {
  const out: { nb: string; nn?: string; en?: string } = { nb: text.nb };
  if (text.nn !== undefined) out.nn = text.nn;
  if (text.en !== undefined) out.en = text.en;
  return out;
}

function copySource(source: CardSource): CardSource {
  return { file: source.file, section: source.section };
}

function copyCategory(category: Category): Category {
  return { id: category.id, label: copyLocalized(category.label) };
}

function copyCard(card: Card): Card {
  const out: { -readonly [K in keyof Card]: Card[K] } = {
    id: card.id,
    category: card.category,
    text: copyLocalized(card.text),
  };
  if (card.followUps !== undefined) out.followUps = card.followUps.map(copyLocalized);
  if (card.hint !== undefined) out.hint = copyLocalized(card.hint);
  if (card.flip !== undefined) out.flip = card.flip;
  if (card.source !== undefined) out.source = copySource(card.source);
  return out;
}

/** Returns a fresh deck holding only the known fields of deck (no shared objects, no extras). */
export function copyDeck(deck: Deck): Deck {
  return {
    id: deck.id,
    version: deck.version,
    title: copyLocalized(deck.title),
    description: copyLocalized(deck.description),
    categories: deck.categories.map(copyCategory),
    cards: deck.cards.map(copyCard),
  };
}
