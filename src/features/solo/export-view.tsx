import { useTranslation } from 'react-i18next';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { ExportDownloads } from './export-downloads.tsx';
import { ImportBackup } from './import-backup.tsx';
import { SoloScreen } from './solo-screen.tsx';
import { useJournal } from './use-journal.ts';
import './export-view.css';

/** Export (Markdown, JSON backup, DOCX, print) and restore, after a word about personal data. */
export function ExportView() {
  const { t } = useTranslation('solo');
  const { decks, ready } = useAllDecks();
  const { journal, loading } = useJournal();
  return (
    <SoloScreen title={t('export.title')} view="export" ready={ready && !loading}>
      <aside className="solo-privacy" aria-labelledby="solo-privacy-title">
        <h2 id="solo-privacy-title">{t('export.privacyTitle')}</h2>
        <p>{t('export.privacy')}</p>
      </aside>
      <ExportDownloads journal={journal} decks={decks} />
      <ImportBackup />
    </SoloScreen>
  );
}
