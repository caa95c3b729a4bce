import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { DeckActions } from './deck-actions.tsx';
import { DeckCategory } from './deck-category.tsx';
import { categoryCounts } from './deck-summary.ts';
import { decksHref } from './decks-route.ts';
import { DecksScreen } from './decks-screen.tsx';

/** One deck: what it is about, its categories with their cards, and what you can do with it. */
export function DeckView({ deckId }: { deckId: string }) {
  const { t } = useTranslation('decks');
  const library = useAllDecks();
  const lang = useContentLang();
  const deck = library.decks.find((d) => d.id === deckId);
  if (library.ready && !deck) {
    return (
      <DecksScreen title={t('deck.notFound')} section="browse" ready>
        <p>{t('deck.notFoundText', { id: deckId })}</p>
        <p>
          <a className="button" href={decksHref.browse()}>
            {t('deck.backToList')}
          </a>
        </p>
      </DecksScreen>
    );
  }
  const title = deck ? localize(deck.title, lang).text : t('browse.title');
  return (
    <DecksScreen title={title} section="browse" ready={library.ready}>
      {deck && (
        <>
          <p className="lead" lang={localize(deck.description, lang).lang}>
            {localize(deck.description, lang).text}
          </p>
          <p className="decks-item-meta">
            {t('deck.cardCount', { count: deck.cards.length })} ·{' '}
            {t('deck.categoryCount', { count: deck.categories.length })} ·{' '}
            {library.importedIds.has(deck.id) ? t('deck.imported') : t('deck.builtIn')}
          </p>
          <DeckActions deck={deck} imported={library.importedIds.has(deck.id)} />
          {categoryCounts(deck).map(({ category, count }) => (
            <DeckCategory key={category.id} deck={deck} category={category} count={count} lang={lang} />
          ))}
          <p>
            <a href={decksHref.browse()}>{t('deck.backToList')}</a>
          </p>
        </>
      )}
    </DecksScreen>
  );
}
