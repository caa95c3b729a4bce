import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type ImportPasteProps = { onText: (text: string, source: string) => Promise<void>; busy: boolean };

/** Pasted JSON, imported through the same checks as a file. */
export function ImportPaste({ onText, busy }: ImportPasteProps) {
  const { t } = useTranslation('decks');
  const [text, setText] = useState('');
  return (
    <section className="import-way" aria-labelledby="import-paste-heading">
      <h2 id="import-paste-heading">{t('import.pasteHeading')}</h2>
      <label htmlFor="import-paste-text">{t('import.pasteLabel')}</label>
      <textarea
        id="import-paste-text"
        className="import-paste-text"
        rows={8}
        spellCheck={false}
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <p>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void onText(text, t('import.pasted'))}
        >
          {t('import.pasteImport')}
        </button>
      </p>
    </section>
  );
}
