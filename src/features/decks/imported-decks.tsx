import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { decksHref } from './decks-route.ts';

/** The user's own decks on this device, each a link to where it can be exported or deleted. */
export function ImportedDecks({ decks }: { decks: readonly Deck[] }) {
  const { t } = useTranslation('decks');
  const lang = useContentLang();
  return (
    <section className="imported-decks" aria-labelledby="imported-decks-heading">
      <h2 id="imported-decks-heading">{t('import.yours')}</h2>
      {decks.length === 0 ? (
        <p>{t('import.noneYet')}</p>
      ) : (
        <ul>
          {decks.map((deck) => (
            <li key={deck.id}>
              <a href={decksHref.deck(deck.id)}>{localize(deck.title, lang).text}</a>{' '}
              <span className="decks-chip-count">
                {deck.id}.json · {t('deck.cardCount', { count: deck.cards.length })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
