/**
 * The circle method on 0-based people. For an odd count n, round r (0..n-1) pairs r+i with r-i
 * (mod n) for i = 1..(n-1)/2 and leaves r alone, so pair {x, y} meets exactly once, in the round
 * r with 2r = x + y (mod n). For an even count, the last person stays fixed and meets the one the
 * odd schedule of the others would leave alone: n-1 rounds, every pair once.
 */

/** A round of the base schedule: 0-based pairs plus the person left alone (odd counts) or null. */
export type BaseRound = { pairs: [number, number][]; alone: number | null };

/** The circle-method schedule for n >= 2 people (0-based). */
export function circleSchedule(n: number): BaseRound[] {
  const m = n % 2 === 0 ? n - 1 : n;
  const rounds: BaseRound[] = [];
  for (let r = 0; r < m; r += 1) {
    const pairs: [number, number][] = [];
    for (let i = 1; i <= (m - 1) / 2; i += 1) pairs.push([(r + i) % m, (r - i + m) % m]);
    if (m === n) rounds.push({ pairs, alone: r });
    else rounds.push({ pairs: [[r, n - 1], ...pairs], alone: null });
  }
  return rounds;
}

/** The round (0-based) in which the odd-count schedule of n people pairs x with y. */
export function baseRoundOf(n: number, x: number, y: number): number {
  // 2r = x + y (mod n); n is odd, so 2 has the inverse (n + 1) / 2.
  return (((x + y) % n) * ((n + 1) / 2)) % n;
}
