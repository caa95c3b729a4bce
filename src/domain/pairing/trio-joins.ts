import { baseRoundOf, type BaseRound } from './circle-method.ts';

/**
 * Trio mode for an odd count n >= 5: the base schedule's n rounds are kept, and in each round the
 * person the circle would leave alone joins one of that round's pairs. Every trio adds two
 * meetings with the joiner; over the rotation those are 2n extra meetings on top of the n(n-1)/2
 * pairs, so some pairs must meet twice. The join is chosen greedily, round by round:
 *   1. fewest extra meetings with someone the joiner already met as a joiner (keeps every pair
 *      at two meetings at most),
 *   2. then fewest meetings with someone already met at all (ideally none),
 *   3. then the pair whose own base meetings with the joiner lie latest, so the unavoidable
 *      repeats are pushed towards the end of the rotation (workshops rarely run all rounds),
 *   4. then the first such pair (deterministic).
 * The guarantees this gives (see rotation.ts) are verified for every odd count up to MAX_PEOPLE.
 */

/** Scores a join; larger is better, compared left to right. */
type Key = [number, number, number, number];

function isBetter(key: Key, than: Key): boolean {
  for (let i = 0; i < key.length; i += 1) {
    const diff = (key[i] ?? 0) - (than[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return false;
}

/** For each base round (odd n >= 5), the index of the pair that the person left alone joins. */
export function chooseTrioJoins(n: number, base: readonly BaseRound[]): number[] {
  const met = new Uint8Array(n * n);
  const joined = new Uint8Array(n * n);
  const mark = (grid: Uint8Array, x: number, y: number): void => {
    grid[x * n + y] = 1;
    grid[y * n + x] = 1;
  };
  const has = (grid: Uint8Array, x: number, y: number): number => grid[x * n + y] ?? 0;
  const joins: number[] = [];
  base.forEach((round) => {
    const joiner = round.alone ?? 0;
    let best = 0;
    let bestKey: Key | null = null;
    round.pairs.forEach(([a, b], j) => {
      const ta = baseRoundOf(n, joiner, a);
      const tb = baseRoundOf(n, joiner, b);
      const key: Key = [
        -(has(joined, joiner, a) + has(joined, joiner, b)),
        -(has(met, joiner, a) + has(met, joiner, b)),
        Math.min(ta, tb),
        Math.max(ta, tb),
      ];
      if (bestKey === null || isBetter(key, bestKey)) {
        best = j;
        bestKey = key;
      }
    });
    const [a, b] = round.pairs[best] ?? [0, 0];
    for (const [x, y] of round.pairs) mark(met, x, y);
    for (const member of [a, b]) {
      mark(met, joiner, member);
      mark(joined, joiner, member);
    }
    joins.push(best);
  });
  return joins;
}
