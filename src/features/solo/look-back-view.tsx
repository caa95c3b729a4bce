import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { LOOK_BACK_WEEKS } from '../../store/solo-slice.ts';
import { useAppStore } from '../../store/store.ts';
import { LookBackBody } from './look-back-body.tsx';
import { SoloScreen } from './solo-screen.tsx';
import { useJournal } from './use-journal.ts';
import './journal-view.css';

/** «Se tilbake»: cards answered at least N weeks ago come back to be answered again. */
export function LookBackView() {
  const { t } = useTranslation('solo');
  const { decks, ready } = useAllDecks();
  const { journal, loading } = useJournal();
  const weeks = useAppStore((s) => s.solo.lookBackWeeks);
  const setWeeks = useAppStore((s) => s.setLookBackWeeks);
  const selectId = useId();
  return (
    <SoloScreen title={t('lookBack.title')} view="look-back" ready={ready && !loading}>
      <p className="lead">{t('lookBack.lead')}</p>
      <div className="solo-field solo-inline">
        <label htmlFor={selectId}>{t('lookBack.weeksLabel')}</label>
        <select id={selectId} value={weeks} onChange={(event) => setWeeks(Number(event.target.value))}>
          {LOOK_BACK_WEEKS.map((w) => (
            <option key={w} value={w}>
              {t('lookBack.ago', { count: w })}
            </option>
          ))}
        </select>
      </div>
      {/* A new choice of weeks is a new round of cards. */}
      <LookBackBody key={weeks} weeks={weeks} entries={journal.entries} decks={decks} />
    </SoloScreen>
  );
}
