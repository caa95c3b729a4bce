import { createRng, deriveSeed } from '../random/rng.ts';
import { canonicalCards } from './card-pool.ts';
import { cyclingDraw } from './cycling-draw.ts';

/**
 * A deal is one draw sequence cut into consecutive chunks (hands or group themes): chunk 1 takes
 * the first slice, chunk 2 the next, and so on. While the chunks need no more cards than there
 * are, no card is dealt twice; past that, passes of fresh shuffles follow each other, and the cards
 * already in a chunk that straddles two passes are deferred to the end of the next pass, so no
 * chunk ever holds a card twice.
 */

/** Throws a RangeError unless value is an integer >= min (a programming error, not user input). */
export function checkInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer >= ${min}`);
}

/** The effective chunk size: the wanted size, capped at the number of distinct cards. */
export function chunkSize(cardRefs: readonly string[], wanted: number): number {
  return Math.min(wanted, canonicalCards(cardRefs).length);
}

/** The first `count` cards of the draw sequence for this seed, label and chunk size. */
export function drawSequence(
  cardRefs: readonly string[],
  seed: number,
  label: string,
  size: number,
  count: number,
): string[] {
  const rng = createRng(deriveSeed(seed, label));
  return cyclingDraw(canonicalCards(cardRefs), rng, count, (position) => (size === 0 ? 0 : position % size));
}

/** Cuts the draw sequence into `chunks` slices of (capped) size `wanted`. */
export function dealChunks(
  cardRefs: readonly string[],
  seed: number,
  label: string,
  chunks: number,
  wanted: number,
): string[][] {
  const size = chunkSize(cardRefs, wanted);
  const drawn = drawSequence(cardRefs, seed, label, size, chunks * size);
  return Array.from({ length: chunks }, (_, i) => drawn.slice(i * size, (i + 1) * size));
}
