import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RUN_SHEET_LIMITS } from '../../domain/workshop/run-sheet-types.ts';
import { createRunSheet } from '../../domain/workshop/sheet-ops.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { newText } from './localized-edit.ts';
import { navigate } from '../../lib/app-route.ts';
import { newId } from '../../lib/new-id.ts';
import { workshopHref } from './workshop-route.ts';

/** Starts an empty run-sheet with a title, and opens it for editing. */
export function NewSheetForm() {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const text = title.trim();
    if (text === '' || [...text].length > RUN_SHEET_LIMITS.title) {
      setError(text === '' ? t('edit.titleEmpty') : t('edit.tooLong', { max: RUN_SHEET_LIMITS.title }));
      input.current?.focus();
      return;
    }
    const sheet = createRunSheet({ title: newText(lang, text) }, newId);
    try {
      await getWorkshopStore().putSheet(sheet, Date.now());
    } catch {
      setError(t('notice.saveFailed'));
      return;
    }
    navigate(workshopHref.edit(sheet.id));
  };
  return (
    <section className="workshop-section" aria-labelledby="new-heading">
      <h2 id="new-heading">{t('new.heading')}</h2>
      <form
        className="workshop-inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="workshop-field">
          <label htmlFor={id}>{t('new.title')}</label>
          <input
            ref={input}
            id={id}
            type="text"
            value={title}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              setError(null);
            }}
          />
          {error && (
            <p id={`${id}-error`} className="workshop-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button">
          {t('new.create')}
        </button>
      </form>
    </section>
  );
}
