import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmActionProps = {
  /** The button that starts it, e.g. «Slett». */
  label: string;
  /** Extra words for assistive technology naming what the button acts on. */
  labelDetail?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
};

/**
 * A destructive action that asks first, in place: the question takes focus so it is read out,
 * «Avbryt» puts focus back on the button that started it.
 */
export function ConfirmAction({ label, labelDetail, question, confirmLabel, onConfirm }: ConfirmActionProps) {
  const { t } = useTranslation('workshop');
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button ref={startRef} type="button" className="button button-quiet" onClick={() => setAsking(true)}>
        {label}
        {labelDetail && <span className="visually-hidden"> {labelDetail}</span>}
      </button>
    );
  }
  return (
    <div className="workshop-confirm" role="group" aria-label={label}>
      <p ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <button type="button" className="button workshop-danger" onClick={() => void onConfirm()}>
        {confirmLabel}
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        {t('confirm.cancel')}
      </button>
    </div>
  );
}
