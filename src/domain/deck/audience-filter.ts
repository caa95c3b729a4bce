import { isAudience, type Audience } from './audience.ts';
import { parseCardRef, type CardRef } from './card-ref.ts';
import type { Card, Deck } from './types.ts';

/** Whom cards are being chosen for: one audience, or null for everyone (no filter at all). */
export type AudienceChoice = Audience | null;

/** Reads a stored or linked audience choice; anything but a known audience means everyone. */
export function readAudienceChoice(value: unknown): AudienceChoice {
  return isAudience(value) ? value : null;
}

/**
 * True when the card suits the audience. A card that names no audience is for everyone, so it
 * passes every choice; a card that names some passes when the chosen audience is one of them.
 */
export function isCardFor(card: Pick<Card, 'audience'>, audience: AudienceChoice): boolean {
  return audience === null || card.audience === undefined || card.audience.includes(audience);
}

/**
 * The refs whose cards suit the audience, in the order given. A ref to a card no deck holds is
 * kept: the audience filter narrows a choice, it does not judge whether a card exists.
 */
export function refsFor(
  decks: readonly Deck[],
  refs: readonly CardRef[],
  audience: AudienceChoice,
): CardRef[] {
  if (audience === null) return [...refs];
  const byDeck = new Map(decks.map((deck) => [deck.id, deck]));
  return refs.filter((ref) => {
    const parts = parseCardRef(ref);
    const card = parts && byDeck.get(parts.deckId)?.cards.find((c) => c.id === parts.cardId);
    return !card || isCardFor(card, audience);
  });
}

/**
 * The decks as the audience sees them: each deck with only the cards that suit it (categories and
 * everything else as they are). The same decks, untouched, when the choice is everyone.
 */
export function decksFor(decks: readonly Deck[], audience: AudienceChoice): readonly Deck[] {
  if (audience === null) return decks;
  return decks.map((deck) => ({ ...deck, cards: deck.cards.filter((card) => isCardFor(card, audience)) }));
}
