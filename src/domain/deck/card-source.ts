import type { Card, Deck, SourceDoc } from './types.ts';

/** A card's source as a reader sees it: the described document and the section within it. */
export interface DescribedCardSource {
  readonly doc: SourceDoc;
  readonly section: string;
}

/** The described source a card cites, or null when it cites none (a parsed deck always has it). */
export function describedSource(deck: Pick<Deck, 'sources'>, card: Card): DescribedCardSource | null {
  if (!card.source) return null;
  const { doc: id, section } = card.source;
  const doc = deck.sources?.find((source) => source.id === id);
  return doc ? { doc, section } : null;
}
