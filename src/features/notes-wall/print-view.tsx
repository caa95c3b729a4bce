import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { hrefFor } from '../../lib/app-route.ts';
import type { Minutes } from './minutes.ts';
import './print-view.css';

type PrintViewProps = { minutes: Minutes; anonymised: boolean; backQuery: string };

/** A clean page of the minutes for printing or «Lagre som PDF»; the app's chrome is hidden in print. */
export function PrintView({ minutes, anonymised, backQuery }: PrintViewProps) {
  const { t } = useTranslation('notes');
  return (
    <Page title={minutes.title} className="notes-print">
      <p className="print-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <a className="button button-quiet" href={hrefFor('/notes', backQuery)}>
          {t('print.back')}
        </a>
      </p>
      <p>
        {t('minutes.date')}: {minutes.date}
        {anonymised && <> · {t('print.anonymised')}</>}
      </p>
      {minutes.steps.length > 0 && (
        <>
          <h2>{t('minutes.steps')}</h2>
          <ol>
            {minutes.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </>
      )}
      <h2>{t('minutes.notes')}</h2>
      {minutes.groups.length === 0 && <p>{t('minutes.noNotes')}</p>}
      {minutes.groups.map((group) => (
        <section key={group.key || '-'} className="print-group">
          <h3>{group.heading}</h3>
          <ul>
            {group.notes.map((note) => (
              <li key={note.id}>
                <p className="wall-note-text">{note.text}</p>
                {note.who !== null && <p className="wall-note-author">— {note.who}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
