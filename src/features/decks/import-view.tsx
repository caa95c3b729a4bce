import { useTranslation } from 'react-i18next';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { DecksScreen } from './decks-screen.tsx';
import { ImportDropZone } from './import-drop-zone.tsx';
import { ImportOutcomeView } from './import-outcome.tsx';
import { ImportPaste } from './import-paste.tsx';
import { ImportedDecks } from './imported-decks.tsx';
import { useImport } from './use-import.ts';
import './import.css';

/** Bring your own deck: from a file (picker or drop) or pasted JSON; see and manage your decks. */
export function ImportView() {
  const { t } = useTranslation('decks');
  const library = useAllDecks();
  const importer = useImport();
  const busy = importer.outcome.kind === 'busy';
  return (
    <DecksScreen title={t('import.title')} section="import" ready={library.ready}>
      <p className="lead">{t('import.lead')}</p>
      <p className="help">{t('import.format')}</p>
      <div className="import-ways">
        <ImportDropZone onFile={importer.importFile} busy={busy} />
        <ImportPaste onText={importer.importText} busy={busy} />
      </div>
      <ImportOutcomeView importer={importer} />
      <ImportedDecks decks={library.imported} />
    </DecksScreen>
  );
}
