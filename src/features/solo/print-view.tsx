import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { readClock } from '../../hooks/use-now.ts';
import { JournalDocView } from './journal-doc-view.tsx';
import { soloHref } from './solo-route.ts';
import { SoloScreen } from './solo-screen.tsx';
import { useJournalDoc } from './use-journal-doc.ts';
import { useJournal } from './use-journal.ts';
import './assessment-view.css';
import './export-view.css';
import './journal-view.css';

/** A clean A4 print of the journal (the print stylesheet hides everything but the document). */
export function PrintView() {
  const { t } = useTranslation('solo');
  const { decks, ready } = useAllDecks();
  const { journal, loading } = useJournal();
  const makeDoc = useJournalDoc();
  const at = useMemo(() => readClock(), []);
  return (
    <SoloScreen title={t('print.title')} view="print" ready={ready && !loading}>
      <p className="solo-print-tools">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <a className="button button-quiet" href={soloHref('export')}>
          {t('print.back')}
        </a>
      </p>
      <JournalDocView doc={makeDoc(journal, decks, at, t('print.printed'))} />
    </SoloScreen>
  );
}
