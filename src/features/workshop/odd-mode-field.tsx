import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotationMode } from '../../domain/pairing/rotation-types.ts';
import { ODD_MODES } from '../../domain/workshop/exercise-formats.ts';

/** The facilitator's choice for an odd number of people: one sits out each round, or a trio. */
export function OddModeField({
  mode,
  onChange,
}: {
  mode: RotationMode;
  onChange: (mode: RotationMode) => void;
}) {
  const { t } = useTranslation('workshop');
  const name = useId();
  return (
    <fieldset className="workshop-radios" data-field="mode">
      <legend>{t('group.oddMode')}</legend>
      {ODD_MODES.map((m) => (
        <div key={m} className="workshop-radio-choice">
          <label className="radio">
            <input
              type="radio"
              name={name}
              value={m}
              checked={mode === m}
              aria-describedby={`${name}-${m}`}
              onChange={() => onChange(m)}
            />
            {t(`odd.${m}.name`)}
          </label>
          <p id={`${name}-${m}`} className="help">
            {t(`odd.${m}.about`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
