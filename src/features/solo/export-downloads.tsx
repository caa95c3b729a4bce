import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deck } from '../../domain/deck/types.ts';
import { createJournalBackup, journalBackupToJson } from '../../domain/notes/journal-backup.ts';
import type { Journal } from '../../domain/notes/merge-journal-backup.ts';
import { downloadBlob, downloadText } from '../../lib/download.ts';
import { isoDay } from '../../lib/format-date.ts';
import { journalToDocx } from './journal-docx.ts';
import { journalToMarkdown } from './journal-markdown.ts';
import { soloHref } from './solo-route.ts';
import { useJournalDoc } from './use-journal-doc.ts';

type Format = 'md' | 'json' | 'docx';
type Status = { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed' } | null;

/** The journal as Markdown, JSON (the backup), DOCX, or the print view. */
export function ExportDownloads({ journal, decks }: { journal: Journal; decks: readonly Deck[] }) {
  const { t } = useTranslation('solo');
  const makeDoc = useJournalDoc();
  const [status, setStatus] = useState<Status>(null);
  const save = async (format: Format) => {
    const now = Date.now();
    const file = `${t('export.fileName')}-${isoDay(now)}.${format}`;
    setStatus({ kind: 'busy' });
    try {
      if (format === 'json') {
        const backup = createJournalBackup({ ...journal, exportedAt: now });
        downloadText(file, journalBackupToJson(backup), 'application/json');
      } else if (format === 'md') {
        downloadText(file, journalToMarkdown(makeDoc(journal, decks, now)), 'text/markdown');
      } else {
        downloadBlob(file, await journalToDocx(makeDoc(journal, decks, now)));
      }
      setStatus({ kind: 'done', file });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };
  const button = (format: Format, label: string) => (
    <button
      type="button"
      className="button"
      disabled={status?.kind === 'busy'}
      onClick={() => void save(format)}
    >
      {label}
    </button>
  );
  return (
    <section className="solo-export" aria-labelledby="solo-export-title">
      <h2 id="solo-export-title">{t('export.download')}</h2>
      <p className="solo-export-buttons">
        {button('md', t('export.markdown'))}
        {button('json', t('export.json'))}
        {button('docx', t('export.docx'))}
        <a className="button button-quiet" href={soloHref('print')}>
          {t('export.print')}
        </a>
      </p>
      <p className="help">{t('export.jsonHelp')}</p>
      <p role="status" className={status?.kind === 'failed' ? 'solo-error' : undefined}>
        {status?.kind === 'busy' && t('export.preparing')}
        {status?.kind === 'done' && t('export.downloaded', { file: status.file })}
        {status?.kind === 'failed' && t('export.failed')}
      </p>
    </section>
  );
}
