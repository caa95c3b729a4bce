import type { TFunction } from 'i18next';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import { speedDateRounds, stepDurationMs } from '../../domain/workshop/total-duration.ts';
import { splitDuration } from './duration-parts.ts';

/** i18next's `t`, bound to the `workshop` namespace. */
type Translate = TFunction<'workshop'>;

/** A duration in words: «1 t 30 min», «2 min», «1 min 30 s». */
export function durationText(t: Translate, ms: number): string {
  const { hours, minutes, seconds } = splitDuration(ms);
  const parts: string[] = [];
  if (hours > 0) parts.push(t('time.hours', { n: hours }));
  if (minutes > 0 || (hours === 0 && seconds === 0)) parts.push(t('time.minutes', { n: minutes }));
  if (seconds > 0) parts.push(t('time.seconds', { n: seconds }));
  return parts.join(' ');
}

/** How long a step takes, in words; a speed-date step shows its rounds, or that they depend on the group. */
export function stepTimeText(t: Translate, step: Step, people?: number): string {
  const each = durationText(t, step.durationMs);
  if (step.format !== 'speed-date') return each;
  const rounds = speedDateRounds(step, people);
  const total = stepDurationMs(step, people);
  if (rounds === null || total === null) return t('time.allRounds', { each });
  return t('time.rounds', { count: rounds, each, total: durationText(t, total) });
}
