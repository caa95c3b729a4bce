import { useTranslation } from 'react-i18next';
import type { TimerStatus } from '../../domain/timer/timer-read.ts';
import type { TimerAnnouncement } from '../../hooks/use-timer.ts';
import { formatClock } from './format-clock.ts';
import './timer.css';

const ANNOUNCE_KEYS = {
  started: 'announce.started',
  'one-minute-left': 'announce.oneMinuteLeft',
  ended: 'announce.ended',
} as const;

export type TimerDisplayProps = {
  remainingMs: number;
  status: TimerStatus;
  /** From useTimer: the live region speaks only when this changes (start and milestones). */
  announcement: TimerAnnouncement | null;
  /** false keeps the digits off the screen (the calm round); screen readers can still read them. */
  showTime?: boolean;
  className?: string;
};

/**
 * The remaining time in large digits (`role="timer"`, which screen readers do not read out on
 * every change) and a polite live region that announces only the start and the milestones.
 */
export function TimerDisplay({
  remainingMs,
  status,
  announcement,
  showTime = true,
  className,
}: TimerDisplayProps) {
  const { t } = useTranslation('timer');
  const clock = formatClock(remainingMs);
  return (
    <div className={className ? `timer-display ${className}` : 'timer-display'} data-status={status}>
      <div
        role="timer"
        className={showTime ? 'timer-digits' : 'visually-hidden'}
        data-long={clock.length > 5}
      >
        <span className="visually-hidden">{t('remaining')} </span>
        {clock}
      </div>
      {status === 'finished' && <p className="timer-end">{t('timeUp')}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {/* A new key makes a repeated message (ended, extended, ended again) a new node: read again. */}
        {announcement && <span key={announcement.seq}>{t(ANNOUNCE_KEYS[announcement.kind])}</span>}
      </p>
    </div>
  );
}
