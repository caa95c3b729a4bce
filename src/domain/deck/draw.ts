import { createRng } from '../random/rng.ts';
import { shuffle } from '../random/shuffle.ts';

/**
 * A draw pile as plain data (safe to keep in a store or JSON). Cards leave in `order`, skipping
 * those drawn or hidden; hiding is reversible, so nothing is removed from `order`.
 */
export interface Pile {
  /** The distinct card ids the pile was made from, in the order given; reshuffles start here. */
  readonly cardIds: readonly string[];
  readonly seed: number;
  /** cardIds in seeded shuffled order. */
  readonly order: readonly string[];
  /** Ids drawn so far, oldest first. */
  readonly drawn: readonly string[];
  /** Ids set aside by the user; never drawn while hidden. */
  readonly hidden: readonly string[];
}

/** Makes a pile of the distinct ids, shuffled by seed (same ids and seed, same order). */
export function createPile(cardIds: readonly string[], seed: number): Pile {
  const unique = [...new Set(cardIds)];
  return { cardIds: unique, seed, order: shuffle(unique, createRng(seed)), drawn: [], hidden: [] };
}

/** Ids still to come, in draw order. */
export function upcoming(pile: Pile): string[] {
  const skip = new Set([...pile.drawn, ...pile.hidden]);
  return pile.order.filter((id) => !skip.has(id));
}

/** How many cards can still be drawn. */
export function remaining(pile: Pile): number {
  return upcoming(pile).length;
}

/** Draws the next card; cardId is null (and the pile unchanged) when nothing is left. */
export function drawNext(pile: Pile): { pile: Pile; cardId: string | null } {
  const cardId = upcoming(pile)[0];
  if (cardId === undefined) return { pile, cardId: null };
  return { pile: { ...pile, drawn: [...pile.drawn, cardId] }, cardId };
}

/** Hides a card of this pile so it is never drawn; unknown or already hidden ids change nothing. */
export function hideCard(pile: Pile, id: string): Pile {
  if (!pile.cardIds.includes(id) || pile.hidden.includes(id)) return pile;
  return { ...pile, hidden: [...pile.hidden, id] };
}

/** Undoes hideCard: an undrawn card goes back to its old place in the order. */
export function unhideCard(pile: Pile, id: string): Pile {
  if (!pile.hidden.includes(id)) return pile;
  return { ...pile, hidden: pile.hidden.filter((hidden) => hidden !== id) };
}

/** Puts every drawn card back and shuffles all by seed; hidden cards stay hidden. */
export function reshuffle(pile: Pile, seed: number): Pile {
  return { ...createPile(pile.cardIds, seed), hidden: pile.hidden };
}
