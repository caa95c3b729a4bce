import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimerStatus } from '../../domain/timer/timer-read.ts';
import type { TimerAnnouncement } from '../../hooks/use-timer.ts';
import { TimerFace } from './timer-face.tsx';
import './timer.css';

export type CalmTimerProps = {
  remainingMs: number;
  status: TimerStatus;
  progress: number;
  announcement: TimerAnnouncement | null;
  /** Whether the digits start visible; the user can switch them on and off. */
  initiallyShowTime?: boolean;
  className?: string;
};

/**
 * The silent round: a slowly filling ring and no moving numbers unless asked for, ending in a
 * gentle colour change and «Tiden er ute» rather than an alarm.
 */
export function CalmTimer({ initiallyShowTime = false, className, ...face }: CalmTimerProps) {
  const { t } = useTranslation('timer');
  const [showTime, setShowTime] = useState(initiallyShowTime);
  return (
    <div className={className ? `calm-timer ${className}` : 'calm-timer'} data-status={face.status}>
      <TimerFace {...face} showTime={showTime} variant="calm" />
      <button type="button" className="button-quiet timer-button" onClick={() => setShowTime((v) => !v)}>
        {showTime ? t('calm.hideTime') : t('calm.showTime')}
      </button>
    </div>
  );
}
