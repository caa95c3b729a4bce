import type { Card, CardSource, Category, Deck, LocalizedText, SourceDoc } from './types.ts';

// Copies name every field, so whatever else rode along on the source object is left behind.

/** Copies localized text, keeping only nb, nn and en. */
export function copyLocalized(text: LocalizedText): LocalizedText {
  const out: { nb: string; nn?: string; en?: string } = { nb: text.nb };
  if (text.nn !== undefined) out.nn = text.nn;
  if (text.en !== undefined) out.en = text.en;
  return out;
}

function copySource(source: CardSource): CardSource {
  return { doc: source.doc, section: source.section };
}

function copySourceDoc(doc: SourceDoc): SourceDoc {
  const out: { -readonly [K in keyof SourceDoc]: SourceDoc[K] } = {
    id: doc.id,
    title: copyLocalized(doc.title),
  };
  if (doc.by !== undefined) out.by = doc.by;
  if (doc.year !== undefined) out.year = doc.year;
  if (doc.where !== undefined) out.where = copyLocalized(doc.where);
  return out;
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
  if (card.audience !== undefined) out.audience = [...card.audience];
  return out;
}

/** Returns a fresh deck holding only the known fields of deck (no shared objects, no extras). */
export function copyDeck(deck: Deck): Deck {
  return {
    id: deck.id,
    version: deck.version,
    title: copyLocalized(deck.title),
    description: copyLocalized(deck.description),
    ...(deck.sources !== undefined && { sources: deck.sources.map(copySourceDoc) }),
    categories: deck.categories.map(copyCategory),
    cards: deck.cards.map(copyCard),
  };
}
