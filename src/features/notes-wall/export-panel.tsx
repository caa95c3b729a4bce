import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob, downloadText } from '../../lib/download.ts';
import { hrefFor } from '../../lib/app-route.ts';
import { minutesToDocx } from './docx-export.ts';
import { csvFile, docxName, jsonFile, markdownFile, type ExportSource } from './exports.ts';
import { buildMinutes } from './minutes.ts';
import { wallQuery } from './wall-query.ts';

type ExportPanelProps = {
  source: Omit<ExportSource, 'anonymise' | 'now' | 'date'> & { date: number | null };
  workshopId: string | null;
};

/**
 * Exports of the session's notes: Markdown minutes, CSV for Excel, lossless JSON, DOCX, and a clean
 * print view. One «Anonymiser» switch applies to every format.
 */
export function ExportPanel({ source, workshopId }: ExportPanelProps) {
  const { t } = useTranslation('notes');
  const id = useId();
  const [anonymise, setAnonymise] = useState(false);
  const [docxBusy, setDocxBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const full = (): ExportSource => {
    const now = Date.now();
    return { ...source, date: source.date ?? now, anonymise, now };
  };
  const save = (file: { name: string; text: string; type: string }) =>
    downloadText(file.name, file.text, file.type);
  const docx = async () => {
    setDocxBusy(true);
    setFailed(false);
    try {
      const input = full();
      const minutes = buildMinutes(input, t);
      const blob = await minutesToDocx(minutes, {
        date: t('minutes.date'),
        steps: t('minutes.steps'),
        notes: t('minutes.notes'),
        noNotes: t('minutes.noNotes'),
      });
      downloadBlob(docxName(input, t), blob);
    } catch {
      // The library could not be loaded (offline before it was cached) or the document failed.
      setFailed(true);
    } finally {
      setDocxBusy(false);
    }
  };
  const printQuery = wallQuery(
    { sessionId: workshopId, code: source.ref.code },
    { view: 'print', ...(anonymise ? { anon: '1' } : {}) },
  );
  return (
    <section className="wall-exports" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('export.heading')}</h2>
      <p className="wall-warning">{t('export.warning')}</p>
      <label className="check">
        <input
          type="checkbox"
          role="switch"
          checked={anonymise}
          onChange={(event) => setAnonymise(event.target.checked)}
        />
        <span>{t('export.anonymise')}</span>
      </label>
      <ul className="wall-export-list">
        <li>
          <button type="button" className="button" onClick={() => save(markdownFile(full(), t))}>
            {t('export.markdown')}
          </button>
        </li>
        <li>
          <button type="button" className="button" onClick={() => save(csvFile(full(), t))}>
            {t('export.csv')}
          </button>
        </li>
        <li>
          <button type="button" className="button" onClick={() => save(jsonFile(full(), t))}>
            {t('export.json')}
          </button>
        </li>
        <li>
          <button type="button" className="button" disabled={docxBusy} onClick={() => void docx()}>
            {docxBusy ? t('export.docxBusy') : t('export.docx')}
          </button>
        </li>
        <li>
          <a className="button button-quiet" href={hrefFor('/notes', printQuery)}>
            {t('export.print')}
          </a>
        </li>
      </ul>
      <div role="status">{failed && <p className="wall-error-text">{t('export.docxFailed')}</p>}</div>
    </section>
  );
}
