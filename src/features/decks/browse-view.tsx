import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AudienceField } from '../../components/audience-field.tsx';
import { decksFor, type AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { DeckList } from './deck-list.tsx';
import { decksHref } from './decks-route.ts';
import { DecksScreen } from './decks-screen.tsx';
import { LoadFailures } from './load-failures.tsx';
import { SearchBox } from './search-box.tsx';
import { SearchResults } from './search-results.tsx';
import { useAddressAudience } from './use-address-audience.ts';

type BrowseViewProps = { initialQuery: string; audience: AudienceChoice };

/** All decks with their categories, and a search across every card, for everyone or one audience. */
export function BrowseView({ initialQuery, audience: audienceInAddress }: BrowseViewProps) {
  const { t } = useTranslation('decks');
  const library = useAllDecks();
  const lang = useContentLang();
  const [query, setQuery] = useState(initialQuery);
  // A new query in the address (a link, an edited URL) replaces what is typed; typing itself
  // only rewrites the address, so it never comes back here as a change.
  const [fromAddress, setFromAddress] = useState(initialQuery);
  if (initialQuery !== fromAddress) {
    setFromAddress(initialQuery);
    setQuery(initialQuery);
  }
  const [audience, setAudience] = useAddressAudience(audienceInAddress, (a) =>
    decksHref.browse(query.trim() ? query : '', a),
  );
  const decks = useMemo(() => decksFor(library.decks, audience), [library.decks, audience]);
  const search = (q: string) => {
    setQuery(q);
    // The query rides in the address (without a new history entry), so «back» from a card
    // returns to the same results.
    window.history.replaceState(window.history.state, '', decksHref.browse(q.trim() ? q : '', audience));
  };
  return (
    <DecksScreen title={t('browse.title')} section="browse" ready={library.ready}>
      <p className="lead">{t('browse.lead')}</p>
      <SearchBox value={query} onChange={search} lang={lang} />
      <AudienceField value={audience} onChange={setAudience} className="decks-audience" />
      {query.trim() ? (
        <SearchResults
          decks={decks}
          query={query}
          lang={lang}
          audience={audience}
          onClear={() => search('')}
        />
      ) : (
        <DeckList decks={decks} importedIds={library.importedIds} lang={lang} audience={audience} />
      )}
      <LoadFailures failures={library.failures} />
    </DecksScreen>
  );
}
