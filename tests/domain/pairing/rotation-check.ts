import type { Round, RotationMode } from '../../../src/domain/pairing/rotation-types.ts';

/** Test helper: how often each pair met (key a * 1024 + b, a < b) and the first round with a repeat. */
export function pairCounts(rounds: readonly Round[]): {
  counts: Map<number, number>;
  firstRepeatRound: number | null;
} {
  const counts = new Map<number, number>();
  let firstRepeatRound: number | null = null;
  for (const round of rounds) {
    for (const { people } of round.meetings) {
      for (let i = 0; i < people.length; i += 1) {
        for (let j = i + 1; j < people.length; j += 1) {
          const key = (people[i] ?? 0) * 1024 + (people[j] ?? 0);
          const c = (counts.get(key) ?? 0) + 1;
          counts.set(key, c);
          if (c > 1 && firstRepeatRound === null) firstRepeatRound = round.number;
        }
      }
    }
  }
  return { counts, firstRepeatRound };
}

/** Test helper: the number of rounds the documented rules promise. */
export function expectedRounds(n: number, mode: RotationMode): number {
  if (n % 2 === 0) return n - 1;
  if (mode === 'sit-out') return n;
  if (n === 3) return 1;
  if (n === 5) return 4;
  return n;
}

/** Test helper: checks every documented rule; returns a list of broken ones (empty when all hold). */
export function brokenRules(n: number, mode: RotationMode, rounds: readonly Round[]): string[] {
  const broken: string[] = [];
  const odd = n % 2 === 1;
  if (rounds.length !== expectedRounds(n, mode)) broken.push(`round count ${rounds.length}`);
  const satOut = new Map<number, number>();
  rounds.forEach((round, r) => {
    if (round.number !== r + 1) broken.push(`round number ${round.number}`);
    const seen = round.meetings.flatMap((m) => m.people);
    if (round.sittingOut !== null) {
      seen.push(round.sittingOut);
      satOut.set(round.sittingOut, (satOut.get(round.sittingOut) ?? 0) + 1);
    }
    const sortedSeen = [...seen].sort((a, b) => a - b);
    if (sortedSeen.length !== n || sortedSeen.some((p, i) => p !== i + 1))
      broken.push(`round ${r + 1} seats`);
    const trios = round.meetings.filter((m) => m.people.length === 3).length;
    const wantTrios = odd && mode === 'trio' ? 1 : 0;
    if (trios !== wantTrios) broken.push(`round ${r + 1} trios ${trios}`);
    if (round.meetings.some((m) => m.people.length < 2 || m.people.length > 3)) broken.push('meeting size');
    if ((round.sittingOut !== null) !== (odd && mode === 'sit-out')) broken.push(`round ${r + 1} sit-out`);
  });
  const { counts, firstRepeatRound } = pairCounts(rounds);
  const values = [...counts.values()];
  if (counts.size !== (n * (n - 1)) / 2) broken.push('not every pair met');
  if (!odd || mode === 'sit-out') {
    if (values.some((c) => c !== 1)) broken.push('a pair met twice');
    if (odd && (satOut.size !== n || [...satOut.values()].some((c) => c !== 1)))
      broken.push('sit-outs not once each');
  } else {
    if (values.some((c) => c > 2)) broken.push('a pair met three times');
    if (firstRepeatRound !== null && firstRepeatRound <= (n - 3) / 2)
      broken.push(`early repeat ${firstRepeatRound}`);
    if (n >= 7 && values.filter((c) => c === 2).length !== 2 * n) broken.push('repeat count');
  }
  return broken;
}
