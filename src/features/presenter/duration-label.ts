import type { TFunction } from 'i18next';
import { formatClock } from '../../components/timer/format-clock.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';

/** A length as «3 min», or as a clock («1:30») when it is not whole minutes. */
export function lengthLabel(t: TFunction<'presenter'>, ms: number): string {
  return ms % 60_000 === 0 ? t('minutes', { minutes: ms / 60_000 }) : formatClock(ms);
}

/** How long a step runs: «10 min», or «4 × 3 min» for speed-date rounds. */
export function stepLengthLabel(t: TFunction<'presenter'>, step: Step, rounds: number): string {
  const one = lengthLabel(t, step.durationMs);
  return step.format === 'speed-date' ? t('rounds', { rounds, length: one }) : one;
}
