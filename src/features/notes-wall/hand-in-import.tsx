import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from './import-notes-file.ts';
import { ImportResults } from './import-results.tsx';
import { useHandInImport } from './use-hand-in-import.ts';
import './wall-import.css';

type HandInImportProps = { target: ImportTarget; linkWalls?: (code: string) => string | null };

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * The facilitator's import of hand-ins: choose many files, drop many files on the zone, or paste
 * the text a participant copied. Every file is validated and merged on its own.
 */
export function HandInImport({ target, linkWalls }: HandInImportProps) {
  const { t } = useTranslation('notes');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [text, setText] = useState('');
  const importer = useHandInImport(target);
  const take = (files: FileList | null) => {
    if (files && files.length > 0) void importer.importFiles(Array.from(files));
  };
  return (
    <section className="wall-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('import.heading')}</h2>
      <div
        className={over ? 'wall-drop wall-drop-over' : 'wall-drop'}
        data-testid="notes-drop-zone"
        onDragEnter={(event) => {
          if (hasFiles(event)) setOver(true);
        }}
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          take(event.dataTransfer.files);
        }}
      >
        <p>{t('import.dropHere')}</p>
        <button
          type="button"
          className="button"
          disabled={importer.busy}
          onClick={() => input.current?.click()}
        >
          {t('import.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          onChange={(event) => {
            take(event.target.files);
            // Choosing the same file again must fire change again (and show «0 nye»).
            event.target.value = '';
          }}
        />
      </div>
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
