import { useTranslation } from 'react-i18next';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { totalDurationMs } from '../../domain/workshop/total-duration.ts';
import { durationText } from './duration-text.ts';

/**
 * The plan's total time in words. A speed-date step that runs every round lasts as long as the
 * group is big: without the group size it says so instead of showing a wrong number.
 */
export function TotalTime({ sheet, people }: { sheet: RunSheet; people?: number }) {
  const { t } = useTranslation('workshop');
  const ms = totalDurationMs(sheet, people);
  return (
    <span className="workshop-total">{ms === null ? t('time.dependsOnGroup') : durationText(t, ms)}</span>
  );
}
