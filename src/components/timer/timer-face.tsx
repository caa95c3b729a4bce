import type { TimerStatus } from '../../domain/timer/timer-read.ts';
import type { TimerAnnouncement } from '../../hooks/use-timer.ts';
import { TimerDisplay } from './timer-display.tsx';
import { TimerRing } from './timer-ring.tsx';
import './timer.css';

export type TimerFaceProps = {
  remainingMs: number;
  status: TimerStatus;
  progress: number;
  announcement: TimerAnnouncement | null;
  showTime?: boolean;
  variant?: 'standard' | 'calm';
  className?: string;
};

/** The ring with the digits (and the end text) centred inside it. */
export function TimerFace({ progress, variant = 'standard', className, ...display }: TimerFaceProps) {
  return (
    <div className={className ? `timer-face ${className}` : 'timer-face'} data-variant={variant}>
      <TimerRing progress={progress} status={display.status} variant={variant} />
      <TimerDisplay {...display} />
    </div>
  );
}
