import { useTranslation } from 'react-i18next';
import { AudienceField } from '../../components/audience-field.tsx';
import { decksFor, type AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { localize } from '../../domain/deck/localize.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { DeckActions } from './deck-actions.tsx';
import { DeckCategory } from './deck-category.tsx';
import { categoryCounts } from './deck-summary.ts';
import { decksHref } from './decks-route.ts';
import { DecksScreen } from './decks-screen.tsx';
import { useAddressAudience } from './use-address-audience.ts';

/**
 * One deck: what it is about, its categories with their cards (all, or those for one audience),
 * and what you can do with it.
 */
export function DeckView({
  deckId,
  audience: audienceInAddress,
}: {
  deckId: string;
  audience: AudienceChoice;
}) {
  const { t } = useTranslation('decks');
  const library = useAllDecks();
  const lang = useContentLang();
  const [audience, setAudience] = useAddressAudience(audienceInAddress, (a) => decksHref.deck(deckId, a));
  const deck = library.decks.find((d) => d.id === deckId);
  // Only what is listed narrows; the deck's actions (export above all) always take the whole deck.
  const shown = deck && decksFor([deck], audience)[0];
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
      {deck && shown && (
        <>
          <p className="lead" lang={localize(deck.description, lang).lang}>
            {localize(deck.description, lang).text}
          </p>
          <p className="decks-item-meta">
            {t('deck.cardCount', { count: shown.cards.length })} ·{' '}
            {t('deck.categoryCount', { count: deck.categories.length })} ·{' '}
            {library.importedIds.has(deck.id) ? t('deck.imported') : t('deck.builtIn')}
          </p>
          <DeckActions deck={deck} imported={library.importedIds.has(deck.id)} audience={audience} />
          <AudienceField value={audience} onChange={setAudience} className="decks-audience" />
          {categoryCounts(shown)
            .filter(({ count }) => audience === null || count > 0)
            .map(({ category, count }) => (
              <DeckCategory
                key={category.id}
                deck={shown}
                category={category}
                count={count}
                lang={lang}
                audience={audience}
              />
            ))}
          <p>
            <a href={decksHref.browse()}>{t('deck.backToList')}</a>
          </p>
        </>
      )}
    </DecksScreen>
  );
}
