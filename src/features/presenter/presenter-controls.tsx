import { useTranslation } from 'react-i18next';
import { formatClock } from '../../components/timer/format-clock.ts';
import { TimerControls } from '../../components/timer/timer-controls.tsx';
import type { UseTimerResult } from '../../hooks/use-timer.ts';
import { blurAfterClick } from './blur-after-click.ts';

type PresenterControlsProps = {
  timer: UseTimerResult;
  muted: boolean;
  blank: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onMutedChange: (muted: boolean) => void;
  onBlankChange: (blank: boolean) => void;
};

/** The buttons under the stage: previous/next, the timer's controls, blank screen. */
export function PresenterControls(props: PresenterControlsProps) {
  const { timer, muted, blank, onPrevious, onNext, onMutedChange, onBlankChange } = props;
  const { t } = useTranslation('presenter');
  return (
    <div className="presenter-controls" onClick={blurAfterClick}>
      <button type="button" className="button button-quiet" onClick={onPrevious}>
        {t('controls.previous')}
      </button>
      <TimerControls
        status={timer.status}
        onToggle={timer.toggle}
        onExtend={() => timer.extend(60_000)}
        onReset={timer.reset}
        muted={muted}
        onMutedChange={onMutedChange}
      />
      <button
        type="button"
        className="button button-quiet"
        aria-pressed={blank}
        onClick={() => onBlankChange(!blank)}
      >
        {t('controls.blank')}
      </button>
      <button type="button" className="button" onClick={onNext}>
        {t('controls.next')}
      </button>
      {/* The silent step hides its digits from the room; the facilitator still sees the time here. */}
      <p className="presenter-clock">{t('remaining', { time: formatClock(timer.remainingMs) })}</p>
    </div>
  );
}
