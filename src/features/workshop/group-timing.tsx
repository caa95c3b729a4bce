import { useTranslation } from 'react-i18next';
import type { RotationMode } from '../../domain/pairing/rotation-types.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { stepTimeText } from './duration-text.ts';
import { TotalTime } from './total-time.tsx';

type GroupTimingProps = { sheet: RunSheet; seats: number | null; mode: RotationMode };

/**
 * How long the plan takes for this group: each speed-date step's rounds and the total. The
 * group's odd-count choice is the one the rotation uses, so it counts here too.
 */
export function GroupTiming({ sheet: plan, seats, mode }: GroupTimingProps) {
  const { t } = useTranslation('workshop');
  const sheet: RunSheet = {
    ...plan,
    steps: plan.steps.map((s) => (s.format === 'speed-date' ? { ...s, oddMode: mode } : s)),
  };
  const people = seats ?? undefined;
  const speedDates = sheet.steps.filter((s) => s.format === 'speed-date');
  return (
    <div className="group-timing">
      <p className="workshop-total-line">
        {seats === null ? t('plan.total') : t('group.totalFor', { count: seats })}{' '}
        <TotalTime sheet={sheet} people={people} />
      </p>
      {speedDates.length > 0 && (
        <ul>
          {speedDates.map((step) => (
            <li key={step.id}>
              {t('steps.heading', { n: sheet.steps.indexOf(step) + 1, name: t('format.speed-date.name') })}:{' '}
              {stepTimeText(t, step, people)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
