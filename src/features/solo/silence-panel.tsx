import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SILENCE_MINUTES } from '../../store/solo-slice.ts';
import { SilenceDialog } from './silence-dialog.tsx';
import { useSilence } from './use-silence.ts';

const LENGTHS = [1, 2, 3, 5, 10, 15, 20, 30].filter(
  (m) => m >= SILENCE_MINUTES.min && m <= SILENCE_MINUTES.max,
);

type SilencePanelProps = { question: string | null; onDone: () => void };

/** «2 minutter stille stund»: the length (remembered) and the button that opens the silent round. */
export function SilencePanel({ question, onDone }: SilencePanelProps) {
  const { t } = useTranslation('solo');
  const silence = useSilence();
  const selectId = useId();
  // A round restored after a reload opens again; closing ends it.
  const [open, setOpen] = useState(silence.started);
  const closing = useRef(false);
  useEffect(() => {
    if (open || !closing.current) return;
    closing.current = false;
    onDone();
  }, [open, onDone]);
  const start = () => {
    setOpen(true);
    silence.timer.start();
  };
  const close = () => {
    silence.timer.reset();
    closing.current = true;
    setOpen(false);
  };
  return (
    <div className="silence-panel">
      <button type="button" className="button silence-start" onClick={start}>
        {t('silence.start', { count: silence.minutes })}
      </button>
      <span className="silence-length">
        <label htmlFor={selectId}>{t('silence.length')}</label>
        <select
          id={selectId}
          value={silence.minutes}
          onChange={(event) => silence.setMinutes(Number(event.target.value))}
        >
          {LENGTHS.map((m) => (
            <option key={m} value={m}>
              {t('silence.minutes', { count: m })}
            </option>
          ))}
        </select>
      </span>
      <p className="help silence-help">{t('silence.help')}</p>
      {open && <SilenceDialog silence={silence} question={question} onClose={close} />}
    </div>
  );
}
