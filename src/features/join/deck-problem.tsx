import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import type { DeckCheck } from '../../domain/join/deck-versions.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { hrefFor } from '../../lib/app-route.ts';

type DeckProblemProps = { check: DeckCheck; decks: readonly Deck[]; onContinue?: () => void };

/**
 * The phone lacks a deck, or has it in another version than the facilitator: say which, and what
 * to do. A missing deck stops here (the cards are unknown); another version may go on, warned that
 * some cards can differ from the facilitator's.
 */
export function DeckProblem({ check, decks, onContinue }: DeckProblemProps) {
  const { t } = useTranslation('join');
  const lang = useContentLang();
  const titleOf = (id: string) => {
    const deck = decks.find((d) => d.id === id);
    return deck ? localize(deck.title, lang).text : id;
  };
  // When the phone is ahead of the facilitator, «update the app» would be the wrong advice.
  const phoneAhead = check.mismatched.length > 0 && check.mismatched.every((d) => d.newer);
  const whatNow =
    check.missing.length > 0
      ? t('decks.missingWhatNow')
      : phoneAhead
        ? t('decks.versionWhatNowPhoneAhead')
        : t('decks.versionWhatNow');
  return (
    <section className="join-problem" aria-labelledby="deck-problem-heading">
      <h2 id="deck-problem-heading">
        {check.missing.length > 0 ? t('decks.missingTitle') : t('decks.versionTitle')}
      </h2>
      <ul>
        {check.missing.map((d) => (
          <li key={d.id}>{t('decks.missing', { deck: d.id, version: d.version })}</li>
        ))}
        {check.mismatched.map((d) => (
          <li key={d.id}>
            {t('decks.mismatch', { deck: titleOf(d.id), wanted: d.wanted, have: d.available.join(', ') })}
          </li>
        ))}
      </ul>
      <p>{whatNow}</p>
      <p className="join-actions">
        {onContinue && check.missing.length === 0 && (
          <button type="button" className="button" onClick={onContinue}>
            {t('decks.continue')}
          </button>
        )}
        <a className="button button-quiet" href={hrefFor('/join')}>
          {t('linkError.back')}
        </a>
      </p>
    </section>
  );
}
