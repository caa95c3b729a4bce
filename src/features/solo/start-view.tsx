import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AudienceField } from '../../components/audience-field.tsx';
import { decksFor } from '../../domain/deck/audience-filter.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { randomSeed } from '../../lib/random-seed.ts';
import { useAppStore } from '../../store/store.ts';
import { chosenCards, deckKeys, setIncluded } from './choice.ts';
import { DeckChoice } from './deck-choice.tsx';
import { startSession } from './session-state.ts';
import { loadSession, saveSession } from './session-storage.ts';
import { soloHref } from './solo-route.ts';
import { SoloScreen } from './solo-screen.tsx';
import './start-view.css';
import { navigate } from '../../lib/app-route.ts';

/** The start of «Alene»: choose whom for, decks and categories (remembered), then draw the first card. */
export function StartView() {
  const { t } = useTranslation('solo');
  const { decks, ready } = useAllDecks();
  const excluded = useAppStore((s) => s.solo.excluded);
  const hidden = useAppStore((s) => s.hiddenCards);
  const setExcluded = useAppStore((s) => s.setSoloExcluded);
  const audience = useAppStore((s) => s.solo.audience);
  const setAudience = useAppStore((s) => s.setSoloAudience);
  const refs = useMemo(
    () => chosenCards(decks, excluded, hidden, audience),
    [decks, excluded, hidden, audience],
  );
  // The deck checkboxes count the cards for the audience chosen.
  const shown = useMemo(() => decksFor(decks, audience), [decks, audience]);
  const running = useMemo(() => loadSession() !== null, []);
  const all = decks.flatMap(deckKeys);
  const begin = () => {
    saveSession(startSession(refs, randomSeed()));
    navigate(soloHref('session'));
  };
  return (
    <SoloScreen title={t('start.title')} view="start" ready={ready}>
      <p className="lead">{t('start.lead')}</p>
      {running && (
        <p>
          <a className="button button-quiet" href={soloHref('session')}>
            {t('start.resume')}
          </a>
        </p>
      )}
      <fieldset className="solo-choice">
        <legend>
          <h2>{t('start.choose')}</h2>
        </legend>
        <AudienceField value={audience} onChange={setAudience} className="solo-audience" />
        <p className="solo-choice-tools">
          <button
            type="button"
            className="button-quiet"
            onClick={() => setExcluded(setIncluded(excluded, all, true))}
          >
            {t('start.all')}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => setExcluded(setIncluded(excluded, all, false))}
          >
            {t('start.none')}
          </button>
          <span role="status">{t('start.chosen', { count: refs.length })}</span>
        </p>
        <ul className="solo-decks">
          {shown.map((deck) => (
            <DeckChoice key={deck.id} deck={deck} excluded={excluded} onChange={setExcluded} />
          ))}
        </ul>
        <p className="help">{t('start.remembered')}</p>
      </fieldset>
      {refs.length === 0 ? (
        <p className="solo-empty">{t('start.nothingChosen')}</p>
      ) : (
        <p>
          <button type="button" className="button solo-draw" onClick={begin}>
            {t('start.draw')}
          </button>
        </p>
      )}
    </SoloScreen>
  );
}
