import { localize, type Localized } from '../../domain/deck/localize.ts';
import type { Card, Deck, Lang } from '../../domain/deck/types.ts';

/**
 * Folds text for matching: compatibility-decomposed, accents and other combining marks removed,
 * lower case, whitespace collapsed. So «Å» finds «a», «É» finds «e», «ﬁ» finds «fi». Letters
 * that are not composed (ø, æ) stay themselves.
 */
export function normalizeForSearch(text: string): string {
  // Lower case on both sides of the decomposition: «İ» lowers to i + a mark, «㎁» decomposes to «nA».
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The words of a query, normalised; empty when there is nothing to search for. */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query).split(' ').filter(Boolean);
}

/** One card that matched, with its text in the wanted language and where the match was. */
export interface SearchHit {
  readonly deck: Deck;
  readonly card: Card;
  readonly text: Localized;
  /** 'text' when the question itself holds every word, 'followUp' when only the card as a whole does. */
  readonly matchedIn: 'text' | 'followUp';
}

const containsAll = (haystack: string, terms: readonly string[]) => terms.every((t) => haystack.includes(t));

/**
 * Cards whose text (in lang, with the usual fallback) or follow-up questions hold every word of
 * the query, in deck order then card order. An empty query finds nothing.
 */
export function searchCards(decks: readonly Deck[], query: string, lang: Lang): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const deck of decks) {
    for (const card of deck.cards) {
      const text = localize(card.text, lang);
      const own = normalizeForSearch(text.text);
      if (containsAll(own, terms)) {
        hits.push({ deck, card, text, matchedIn: 'text' });
        continue;
      }
      const followUps = (card.followUps ?? []).map((f) => normalizeForSearch(localize(f, lang).text));
      if (containsAll([own, ...followUps].join('\n'), terms))
        hits.push({ deck, card, text, matchedIn: 'followUp' });
    }
  }
  return hits;
}
