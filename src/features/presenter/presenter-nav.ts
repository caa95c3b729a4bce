/** Where the presenter is: a step (0-based) and, in a speed-date step, a round (0-based). */
export type Position = { readonly step: number; readonly round: number };

/** The first position of a run. */
export const START: Position = { step: 0, round: 0 };

const roundsAt = (rounds: readonly number[], step: number) => Math.max(1, rounds[step] ?? 1);

/** A position that exists in a run with these round counts per step (the nearest one). */
export function clampPosition(pos: Position, rounds: readonly number[]): Position {
  if (rounds.length === 0) return START;
  const step = Math.min(Math.max(0, Math.trunc(pos.step)), rounds.length - 1);
  const round = Math.min(Math.max(0, Math.trunc(pos.round)), roundsAt(rounds, step) - 1);
  return step === pos.step && round === pos.round ? pos : { step, round };
}

/** The next round of a speed-date step, else the next step; the last position stays where it is. */
export function nextPosition(pos: Position, rounds: readonly number[]): Position {
  if (pos.round + 1 < roundsAt(rounds, pos.step)) return { step: pos.step, round: pos.round + 1 };
  if (pos.step + 1 < rounds.length) return { step: pos.step + 1, round: 0 };
  return pos;
}

/** The previous round, else the last round of the previous step; the first position stays. */
export function previousPosition(pos: Position, rounds: readonly number[]): Position {
  if (pos.round > 0) return { step: pos.step, round: pos.round - 1 };
  if (pos.step > 0) return { step: pos.step - 1, round: roundsAt(rounds, pos.step - 1) - 1 };
  return pos;
}

/** True when both name the same place. */
export function samePosition(a: Position, b: Position): boolean {
  return a.step === b.step && a.round === b.round;
}
