import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES } from '../domain/deck/audience.ts';
import type { AudienceChoice } from '../domain/deck/audience-filter.ts';
import './audience-field.css';

type AudienceFieldProps = {
  value: AudienceChoice;
  onChange: (audience: AudienceChoice) => void;
  className?: string;
};

const CHOICES: readonly AudienceChoice[] = [null, ...AUDIENCES];

/** «Hvem er kortet for?»: everyone, or one audience; cards that name none always stay in. */
export function AudienceField({ value, onChange, className }: AudienceFieldProps) {
  const { t } = useTranslation('cards');
  const id = useId();
  return (
    <fieldset
      className={className ? `audience-field ${className}` : 'audience-field'}
      aria-describedby={`${id}-help`}
    >
      <legend>{t('audience.legend')}</legend>
      <div className="audience-field-choices">
        {CHOICES.map((choice) => (
          <label key={choice ?? 'all'} className="radio">
            <input
              type="radio"
              name={`${id}-audience`}
              value={choice ?? 'all'}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            {t(`audience.${choice ?? 'all'}`)}
          </label>
        ))}
      </div>
      <p id={`${id}-help`} className="help">
        {t('audience.help')}
      </p>
    </fieldset>
  );
}
