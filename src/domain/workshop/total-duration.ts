import { MAX_PEOPLE, MIN_PEOPLE, type RotationMode } from '../pairing/rotation-types.ts';
import type { RunSheet, Step } from './run-sheet-types.ts';

/**
 * Rounds in a full speed-date rotation for `people` (see pairing/rotation.ts, which this mirrors
 * and a test checks against): even n → n-1; odd n → n, except trio mode with 3 (one round) or
 * 5 (four rounds). Null when people is not a whole number in MIN_PEOPLE..MAX_PEOPLE.
 */
export function fullRotationRounds(people: number, mode: RotationMode): number | null {
  if (!Number.isInteger(people) || people < MIN_PEOPLE || people > MAX_PEOPLE) return null;
  if (people % 2 === 0) return people - 1;
  if (mode === 'trio' && people === 3) return 1;
  if (mode === 'trio' && people === 5) return 4;
  return people;
}

/** How many rounds a speed-date step runs: its own count, or the full rotation for `people`. */
export function speedDateRounds(
  step: { readonly rounds: number | null; readonly oddMode: RotationMode },
  people?: number,
): number | null {
  if (step.rounds !== null) return step.rounds;
  return people === undefined ? null : fullRotationRounds(people, step.oddMode);
}

/** A step's length: durationMs, or rounds × durationMs for speed-date; null when that is unknown. */
export function stepDurationMs(step: Step, people?: number): number | null {
  if (step.format !== 'speed-date') return step.durationMs;
  const rounds = speedDateRounds(step, people);
  return rounds === null ? null : rounds * step.durationMs;
}

/**
 * The run-sheet's total length in ms. A speed-date step with rounds null ("every pair meets once")
 * lasts as many rounds as the rotation for the group has, so it needs `people` (the group size,
 * 2..200); without a usable people count the total is null — the UI then says "depends on group
 * size" instead of showing a wrong number.
 */
export function totalDurationMs(sheet: RunSheet, people?: number): number | null {
  let total = 0;
  for (const step of sheet.steps) {
    const ms = stepDurationMs(step, people);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}
