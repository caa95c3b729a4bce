import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CalmTimer } from '../../components/timer/calm-timer.tsx';
import { TimerControls } from '../../components/timer/timer-controls.tsx';
import type { Silence } from './use-silence.ts';

type SilenceDialogProps = { silence: Silence; question: string | null; onClose: () => void };

/**
 * The silent round as a calm full-screen modal: the question, a slowly filling ring (digits only
 * when asked for), pause, «+1 min», sound off. Being modal, it keeps keyboard focus inside; Esc
 * and the close button end the round and go back to the card.
 */
export function SilenceDialog({ silence, question, onClose }: SilenceDialogProps) {
  const { t } = useTranslation('solo');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { timer } = silence;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="silence"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="silence-inner" data-status={timer.status}>
        <h2 id={titleId} className="silence-title">
          {t('silence.title')}
        </h2>
        {question && <p className="silence-question">{question}</p>}
        <CalmTimer
          remainingMs={timer.remainingMs}
          status={timer.status}
          progress={timer.progress}
          announcement={timer.announcement}
        />
        <TimerControls
          status={timer.status}
          onToggle={timer.toggle}
          onExtend={() => timer.extend(60_000)}
          onReset={timer.reset}
          muted={silence.muted}
          onMutedChange={silence.setMuted}
        />
        <p className="silence-close">
          <button type="button" className="button" onClick={onClose}>
            {timer.status === 'finished' ? t('silence.done') : t('silence.close')}
          </button>
        </p>
      </div>
    </dialog>
  );
}
