import type { Rng } from '../random/rng.ts';
import { shuffle } from '../random/shuffle.ts';

/**
 * A draw sequence that walks through fresh shuffles of the pool, one pass after another, so that
 * every card is used once before any card is used twice (counts never differ by more than one).
 *
 * `deferCount(position)` says how many of the most recently drawn cards must not come back at the
 * start of the pass that begins at `position`; those cards are moved (in shuffled order) to the
 * end of the new pass. The pass stays a permutation, so evenness is kept.
 */

/** Draws `count` cards cycling through fresh shuffles; each pass defers the cards named by deferCount. */
export function cyclingDraw(
  pool: readonly string[],
  rng: Rng,
  count: number,
  deferCount: (position: number) => number,
): string[] {
  const out: string[] = [];
  if (pool.length === 0) return out;
  while (out.length < count) {
    const pass = shuffle(pool, rng);
    const defer = Math.min(deferCount(out.length), out.length, pool.length - 1);
    const recent = new Set(out.slice(out.length - defer));
    const ordered =
      recent.size === 0
        ? pass
        : [...pass.filter((c) => !recent.has(c)), ...pass.filter((c) => recent.has(c))];
    for (const card of ordered) {
      if (out.length === count) break;
      out.push(card);
    }
  }
  return out;
}
