import { useTranslation } from 'react-i18next';
import type { TimerStatus } from '../../domain/timer/timer-read.ts';
import './timer.css';

const TOGGLE_KEYS: Record<TimerStatus, string> = {
  idle: 'controls.start',
  running: 'controls.pause',
  paused: 'controls.resume',
  finished: 'controls.restart',
};

export type TimerControlsProps = {
  status: TimerStatus;
  /** Start, pause, resume or restart, by status (useTimer's toggle). */
  onToggle: () => void;
  /** Adds extendMs (useTimer's extend). */
  onExtend: () => void;
  onReset: () => void;
  /** Only labels the extend button; default one minute. */
  extendMs?: number;
  muted?: boolean;
  /** The mute toggle is shown only when this is given. */
  onMutedChange?: (muted: boolean) => void;
  className?: string;
};

/** The buttons of a timer: start/pause, «+1 min», reset and, optionally, sound off. */
export function TimerControls(props: TimerControlsProps) {
  const { status, onToggle, onExtend, onReset, extendMs = 60_000, muted = false, onMutedChange } = props;
  const { t } = useTranslation('timer');
  const minutes = Math.round((extendMs / 60_000) * 10) / 10;
  const className = props.className ? `timer-controls ${props.className}` : 'timer-controls';
  return (
    <div className={className} role="group" aria-label={t('label')}>
      <button type="button" className="button timer-button timer-toggle" onClick={() => onToggle()}>
        {t(TOGGLE_KEYS[status])}
      </button>
      <button type="button" className="button button-quiet timer-button" onClick={() => onExtend()}>
        {t('controls.extend', { minutes })}
      </button>
      <button type="button" className="button button-quiet timer-button" onClick={() => onReset()}>
        {t('controls.reset')}
      </button>
      {onMutedChange && (
        <button
          type="button"
          className="button button-quiet timer-button"
          aria-pressed={muted}
          onClick={() => onMutedChange(!muted)}
        >
          {t('controls.mute')}
        </button>
      )}
    </div>
  );
}
