import type { TimerStatus } from '../../domain/timer/timer-read.ts';
import './timer.css';

const RADIUS = 45;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export type TimerRingProps = {
  /** Share of the time that has passed, 0..1: the ring fills as the round goes. */
  progress: number;
  status?: TimerStatus;
  /** 'calm' is thinner and moves more slowly, for the silent round. */
  variant?: 'standard' | 'calm';
  className?: string;
};

/** A decorative progress ring; its size comes from CSS (it fills its box). */
export function TimerRing({ progress, status = 'idle', variant = 'standard', className }: TimerRingProps) {
  const share = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  return (
    <svg
      className={className ? `timer-ring ${className}` : 'timer-ring'}
      data-status={status}
      data-variant={variant}
      viewBox="0 0 100 100"
      aria-hidden="true"
      focusable="false"
    >
      <circle className="timer-ring-track" cx="50" cy="50" r={RADIUS} />
      <circle
        className="timer-ring-fill"
        cx="50"
        cy="50"
        r={RADIUS}
        strokeDasharray={CIRCUMFERENCE}
        // Set through the style prop (CSSOM), which the strict CSP allows, so CSS can transition it.
        style={{ strokeDashoffset: CIRCUMFERENCE * (1 - share) }}
      />
    </svg>
  );
}
