import { checkInteger, chunkSize, dealChunks, drawSequence } from './deal-chunks.ts';

/** What a deal depends on: everything a phone can read from the join link. */
export type DealOptions = {
  /** Session seed (0..MAX_SEED). */
  readonly seed: number;
  /** Number of seats; seats are numbered 1..seats. */
  readonly seats: number;
  /** Wanted hand size; capped at the number of distinct cards, since a hand never repeats a card. */
  readonly cardsPerSeat: number;
};

const LABEL = 'deal';

function checkOptions(options: DealOptions): void {
  checkInteger('seats', options.seats, 1);
  checkInteger('cardsPerSeat', options.cardsPerSeat, 0);
}

/** Deals a hand to every seat; hands[seat - 1] is that seat's hand. Same inputs, same deal. */
export function dealHands(cardRefs: readonly string[], options: DealOptions): string[][] {
  checkOptions(options);
  return dealChunks(cardRefs, options.seed, LABEL, options.seats, options.cardsPerSeat);
}

/** Computes only one seat's hand (what a phone needs); equals dealHands(...)[seat - 1]. */
export function handForSeat(cardRefs: readonly string[], options: DealOptions, seat: number): string[] {
  checkOptions(options);
  if (!Number.isInteger(seat) || seat < 1 || seat > options.seats) {
    throw new RangeError(`seat must be an integer in 1..${options.seats}`);
  }
  const size = chunkSize(cardRefs, options.cardsPerSeat);
  // The sequence is generated pass by pass, so stopping after this seat's hand changes nothing before it.
  return drawSequence(cardRefs, options.seed, LABEL, size, seat * size).slice((seat - 1) * size);
}
