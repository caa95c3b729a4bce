import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_DRAFT, type AssessmentDraft } from '../../domain/notes/assessment-draft.ts';
import {
  JOURNAL_LIMITS,
  LEADERSHIP_FUNCTIONS,
  type LeadershipFunction,
} from '../../domain/notes/journal-backup.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { loadAssessmentDraft, saveAssessmentDraft } from './assessment-draft-storage.ts';
import { ASSESSMENT_KIND, ratingsMeta, type Ratings } from './journal-records.ts';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * A new self-assessment: a 1–5 score and a short note for each of the six functions. What is
 * given is kept on the device as it is given (assessment-draft-storage.ts) until it is saved.
 */
export function AssessmentForm({ onSaved }: { onSaved: (id: string) => void }) {
  const { t } = useTranslation('solo');
  const { repo } = useNotes();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<AssessmentDraft>(loadAssessmentDraft);
  useEffect(() => saveAssessmentDraft(draft), [draft]);
  const [missing, setMissing] = useState<readonly LeadershipFunction[]>([]);
  const [saved, setSaved] = useState(false);
  const save = () => {
    const gaps = LEADERSHIP_FUNCTIONS.filter((key) => draft.scores[key] === undefined);
    setMissing(gaps);
    if (gaps.length > 0) {
      form.current?.querySelector<HTMLInputElement>(`input[name="${id}-${gaps[0]}"]`)?.focus();
      return;
    }
    const ratings = Object.fromEntries(
      LEADERSHIP_FUNCTIONS.map((key) => [
        key,
        { score: draft.scores[key] ?? 1, note: draft.notes[key] ?? '' },
      ]),
    ) as Ratings;
    const note = repo.put({ kind: ASSESSMENT_KIND, text: '', meta: ratingsMeta(ratings) });
    setDraft(EMPTY_DRAFT);
    setSaved(true);
    onSaved(note.id);
  };
  return (
    <form
      ref={form}
      className="assessment-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h2 id={`${id}-title`}>{t('assessment.new')}</h2>
      <p className="help" id={`${id}-scale`}>
        {t('assessment.scale')}
      </p>
      {LEADERSHIP_FUNCTIONS.map((key) => (
        <fieldset key={key} className="assessment-function" aria-describedby={`${id}-scale`}>
          <legend>{t(`functions.${key}`)}</legend>
          <div className="assessment-scores">
            {SCORES.map((score) => (
              <label key={score} className="assessment-score">
                <input
                  type="radio"
                  name={`${id}-${key}`}
                  value={score}
                  checked={draft.scores[key] === score}
                  onChange={() => {
                    setSaved(false);
                    setDraft((d) => ({ ...d, scores: { ...d.scores, [key]: score } }));
                  }}
                />
                <span aria-hidden="true">{score}</span>
                <span className="visually-hidden">{t('assessment.score', { score })}</span>
              </label>
            ))}
          </div>
          <label className="assessment-note">
            <span>{t('assessment.note')}</span>
            <textarea
              rows={2}
              maxLength={JOURNAL_LIMITS.ratingNote}
              value={draft.notes[key] ?? ''}
              onChange={(event) => {
                const text = event.target.value;
                setDraft((d) => ({ ...d, notes: { ...d.notes, [key]: text } }));
              }}
            />
          </label>
        </fieldset>
      ))}
      {missing.length > 0 && (
        <p role="alert" className="solo-error">
          {t('assessment.missing', { list: missing.map((key) => t(`functions.${key}`)).join(', ') })}
        </p>
      )}
      <p className="solo-actions">
        <button type="submit" className="button">
          {t('assessment.save')}
        </button>
        <span role="status">{saved ? t('assessment.saved') : ''}</span>
      </p>
    </form>
  );
}
