import { circleSchedule, type BaseRound } from './circle-method.ts';
import { chooseTrioJoins } from './trio-joins.ts';
import { MAX_PEOPLE, MIN_PEOPLE, type Meeting, type RotationMode, type Round } from './rotation-types.ts';

/**
 * Speed-date rotation for people numbered 1..n.
 *
 * Even n (either mode): n-1 rounds of pairs; every pair meets exactly once.
 * Odd n, sit-out: n rounds; each person sits out exactly once; every pair meets exactly once.
 * Odd n, trio (the person who would sit out joins a pair; pairs inside a trio count as met):
 *   n = 3: one round, the whole group as one trio.
 *   n = 5: 4 rounds; seat 1 meets each other seat in a pair while the remaining three form a trio
 *          (any 3-round cover makes one pair meet three times, so 4 is the shortest with at most two).
 *   n >= 7: n rounds of (n-3)/2 pairs and one trio; each person joins a pair exactly once;
 *          every pair meets at least once and at most twice (exactly 2n pairs twice: repeats are
 *          unavoidable since trios add 2n meetings), and no pair meets twice within the first
 *          (n-3)/2 rounds.
 */

function sorted(people: readonly number[]): number[] {
  return [...people].sort((a, b) => a - b);
}

function toRound(index: number, meetings: readonly (readonly number[])[], sittingOut: number | null): Round {
  const list: Meeting[] = meetings.map((m) => ({ people: sorted(m.map((p) => p + 1)) }));
  list.sort((a, b) => (a.people[0] ?? 0) - (b.people[0] ?? 0));
  return { number: index + 1, meetings: list, sittingOut: sittingOut === null ? null : sittingOut + 1 };
}

function trioRounds(n: number, base: readonly BaseRound[]): Round[] {
  if (n === 3) return [toRound(0, [[0, 1, 2]], null)];
  if (n === 5) {
    return [1, 2, 3, 4].map((k, i) => toRound(i, [[0, k], [1, 2, 3, 4].filter((p) => p !== k)], null));
  }
  const joins = chooseTrioJoins(n, base);
  return base.map((round, r) => {
    const join = joins[r] ?? 0;
    const meetings = round.pairs.map((pair, j): number[] =>
      j === join ? [...pair, round.alone ?? 0] : [...pair],
    );
    return toRound(r, meetings, null);
  });
}

/** The full rotation for `people` seats (MIN_PEOPLE..MAX_PEOPLE); pure and the same on every device. */
export function rotation(options: { readonly people: number; readonly mode: RotationMode }): Round[] {
  const { people: n, mode } = options;
  if (!Number.isInteger(n) || n < MIN_PEOPLE || n > MAX_PEOPLE) {
    throw new RangeError(`people must be an integer in ${MIN_PEOPLE}..${MAX_PEOPLE}`);
  }
  const base = circleSchedule(n);
  if (n % 2 === 1 && mode === 'trio') return trioRounds(n, base);
  return base.map((round, r) => toRound(r, round.pairs, round.alone));
}

/** The people `person` meets in round `round` (both 1-based); empty when sitting out. */
export function partnerOf(rounds: readonly Round[], round: number, person: number): number[] {
  const found = rounds[round - 1];
  if (!Number.isInteger(round) || found === undefined) throw new RangeError(`no round ${round}`);
  if (found.sittingOut === person) return [];
  const meeting = found.meetings.find((m) => m.people.includes(person));
  if (meeting === undefined) throw new RangeError(`no person ${person} in round ${round}`);
  return meeting.people.filter((p) => p !== person);
}
