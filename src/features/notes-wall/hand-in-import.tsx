import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../components/file-drop-zone.tsx';
import type { ImportTarget } from './import-notes-file.ts';
import { ImportResults } from './import-results.tsx';
import { useHandInImport } from './use-hand-in-import.ts';
import './wall-import.css';

type HandInImportProps = { target: ImportTarget; linkWalls?: (code: string) => string | null };

/**
 * The facilitator's import of hand-ins: choose many files, drop many files on the zone, or paste
 * the text a participant copied. Every file is validated and merged on its own.
 */
export function HandInImport({ target, linkWalls }: HandInImportProps) {
  const { t } = useTranslation('notes');
  const id = useId();
  const [text, setText] = useState('');
  const importer = useHandInImport(target);
  return (
    <section className="wall-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('import.heading')}</h2>
      <FileDropZone
        prompt={t('import.dropHere')}
        chooseLabel={t('import.choose')}
        busy={importer.busy}
        multiple
        testId="notes-drop-zone"
        onFiles={(files) => void importer.importFiles(files)}
      />
      <details className="wall-paste">
        <summary>{t('import.pasteSummary')}</summary>
        <label htmlFor={`${id}-paste`}>{t('import.pasteLabel')}</label>
        <textarea
          id={`${id}-paste`}
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={importer.busy || text.trim() === ''}
          onClick={() => void importer.importText(text, t('import.pastedText'))}
        >
          {t('import.pasteSubmit')}
        </button>
      </details>
      <ImportResults outcomes={importer.outcomes} linkWalls={linkWalls} />
    </section>
  );
}
