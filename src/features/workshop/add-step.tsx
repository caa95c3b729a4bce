import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createStep } from '../../domain/workshop/create-step.ts';
import {
  EXERCISE_FORMATS,
  isExerciseFormat,
  type ExerciseFormat,
} from '../../domain/workshop/exercise-formats.ts';
import { RUN_SHEET_LIMITS, type RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { addStep } from '../../domain/workshop/step-ops.ts';
import { newId } from '../../lib/new-id.ts';

type AddStepProps = { sheet: RunSheet; apply: (change: (sheet: RunSheet) => RunSheet) => void };

/** Adds a step of the chosen format at the end, with the format's default time and instructions. */
export function AddStep({ sheet, apply }: AddStepProps) {
  const { t } = useTranslation('workshop');
  const id = useId();
  const [format, setFormat] = useState<ExerciseFormat>('speed-date');
  const full = sheet.steps.length >= RUN_SHEET_LIMITS.steps;
  return (
    <div className="workshop-inline-form add-step">
      <div className="workshop-field">
        <label htmlFor={id}>{t('steps.addFormat')}</label>
        <select
          id={id}
          value={format}
          onChange={(event) => {
            if (isExerciseFormat(event.target.value)) setFormat(event.target.value);
          }}
        >
          {EXERCISE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`format.${f}.name`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button"
        disabled={full}
        onClick={() => {
          const step = createStep(format, newId);
          apply((s) => addStep(s, step));
          // The new step's heading takes focus once it is there, so its fields come next.
          requestAnimationFrame(() => document.getElementById(`step-${step.id}-heading`)?.focus());
        }}
      >
        {t('steps.add')}
      </button>
      {full && <p className="help">{t('steps.full', { max: RUN_SHEET_LIMITS.steps })}</p>}
    </div>
  );
}
