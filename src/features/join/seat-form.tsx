import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeatChoice } from '../../lib/seat-memory.ts';

type SeatFormProps = {
  seats: number;
  initial: SeatChoice | null;
  onChoose: (choice: SeatChoice) => void;
  onCancel?: (() => void) | undefined;
};

/** Picks the seat (or group) number the facilitator gave, and optionally a name. */
export function SeatForm({ seats, initial, onChoose, onCancel }: SeatFormProps) {
  const { t } = useTranslation('join');
  const id = useId();
  const [seat, setSeat] = useState(initial ? String(initial.seat) : '');
  const [name, setName] = useState(initial?.name ?? '');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(seat);
    if (!/^\d+$/.test(seat.trim()) || value < 1 || value > seats) {
      setInvalid(true);
      return;
    }
    const trimmed = name.trim();
    onChoose(trimmed === '' ? { seat: value } : { seat: value, name: trimmed });
  };
  return (
    <form className="join-seat" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('seat.heading')}</h2>
      <p>{t('seat.lead')}</p>
      <div className="field">
        <label htmlFor={`${id}-seat`}>{t('seat.label', { seats })}</label>
        <input
          id={`${id}-seat`}
          className="join-seat-number"
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="off"
          maxLength={3}
          value={seat}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-seat-error` : undefined}
          onChange={(event) => {
            setSeat(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <p className="join-error-text" id={`${id}-seat-error`} role="alert">
            {t('seat.invalid', { seats })}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('seat.name')}</label>
        <p className="help" id={`${id}-name-help`}>
          {t('seat.nameHelp')}
        </p>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="given-name"
          maxLength={80}
          value={name}
          aria-describedby={`${id}-name-help`}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <p className="join-actions">
        <button type="submit" className="button">
          {t('seat.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('seat.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
