import { parseCardRef } from '../../domain/deck/card-ref.ts';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck, Lang } from '../../domain/deck/types.ts';

/** The text of a card reference in lang, or null when this device does not have the card. */
export function cardText(decks: readonly Deck[], ref: string, lang: Lang): string | null {
  const parts = parseCardRef(ref);
  const card = decks.find((d) => d.id === parts?.deckId)?.cards.find((c) => c.id === parts?.cardId);
  return card ? localize(card.text, lang).text : null;
}
