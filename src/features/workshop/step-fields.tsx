import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotationMode } from '../../domain/pairing/rotation-types.ts';
import {
  EXERCISE_FORMATS,
  ODD_MODES,
  SPEED_DATE_DEFAULTS,
  isExerciseFormat,
} from '../../domain/workshop/exercise-formats.ts';
import { RUN_SHEET_LIMITS as L, type Step } from '../../domain/workshop/run-sheet-types.ts';
import type { StepPatch } from '../../domain/workshop/step-ops.ts';
import { minutesToMs, msToMinutes } from './duration-parts.ts';

type StepFieldsProps = { step: Step; update: (patch: StepPatch) => void };

/** A number field that passes on only values it can use and says why otherwise. */
function NumberField(props: {
  label: string;
  value: string;
  parse: (text: string) => number | null;
  onValue: (value: number) => void;
  error: string;
  disabled?: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const invalid = !props.disabled && props.parse(draft) === null;
  return (
    <div className="workshop-field workshop-field-number">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={props.disabled ? '' : draft}
        disabled={props.disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          const value = props.parse(event.target.value);
          if (value !== null) props.onValue(value);
        }}
      />
      {invalid && (
        <p id={`${id}-error`} className="workshop-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

const wholeIn = (min: number, max: number) => (text: string) => {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : null;
};

/** A step's format, its length, and for speed-date the rounds and what happens with an odd count. */
export function StepFields({ step, update }: StepFieldsProps) {
  const { t } = useTranslation('workshop');
  const formatId = useId();
  const oddId = useId();
  const speedDate = step.format === 'speed-date';
  return (
    <div className="step-fields">
      <div className="workshop-field">
        <label htmlFor={formatId}>{t('step.format')}</label>
        <select
          id={formatId}
          value={step.format}
          aria-describedby={`${formatId}-help`}
          onChange={(event) => {
            if (isExerciseFormat(event.target.value)) update({ format: event.target.value });
          }}
        >
          {EXERCISE_FORMATS.map((format) => (
            <option key={format} value={format}>
              {t(`format.${format}.name`)}
            </option>
          ))}
        </select>
        <p id={`${formatId}-help`} className="help">
          {t(`format.${step.format}.about`)}
        </p>
      </div>
      <NumberField
        // A format change may bring the new format's default length: show it.
        key={step.format}
        label={t(speedDate ? 'step.roundMinutes' : 'step.minutes')}
        value={String(msToMinutes(step.durationMs))}
        parse={(text) => minutesToMs(text, L.minDurationMs, L.maxDurationMs)}
        onValue={(durationMs) => update({ durationMs })}
        error={t('step.minutesError', { max: L.maxDurationMs / 60_000 })}
      />
      {step.format === 'speed-date' && (
        <>
          <label className="workshop-check">
            <input
              type="checkbox"
              checked={step.rounds === null}
              onChange={(event) =>
                update({ rounds: event.target.checked ? null : (SPEED_DATE_DEFAULTS.rounds ?? 4) })
              }
            />
            {t('step.allRounds')}
          </label>
          <NumberField
            key={`rounds-${step.rounds === null}`}
            label={t('step.rounds')}
            value={String(step.rounds ?? '')}
            disabled={step.rounds === null}
            parse={wholeIn(1, L.maxRounds)}
            onValue={(rounds) => update({ rounds })}
            error={t('step.roundsError', { max: L.maxRounds })}
          />
          <div className="workshop-field">
            <label htmlFor={oddId}>{t('step.oddMode')}</label>
            <select
              id={oddId}
              value={step.oddMode}
              aria-describedby={`${oddId}-help`}
              onChange={(event) => {
                const mode = ODD_MODES.find((m) => m === event.target.value);
                if (mode) update({ oddMode: mode as RotationMode });
              }}
            >
              {ODD_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`odd.${mode}.name`)}
                </option>
              ))}
            </select>
            <p id={`${oddId}-help`} className="help">
              {t(`odd.${step.oddMode}.about`)}
            </p>
          </div>
        </>
      )}
    </div>
  );
}
