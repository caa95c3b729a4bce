import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decksFor, type AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { filterCards } from '../../domain/deck/filter-cards.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { decksHref } from './decks-route.ts';
import { DrawFilter } from './draw-filter.tsx';
import { DrawStage } from './draw-stage.tsx';
import { includedKeys, onlyDeck } from './selection.ts';
import { useAddressAudience } from './use-address-audience.ts';
import { useDrawPile } from './use-draw-pile.ts';
import './draw.css';

type DrawPanelProps = { decks: readonly Deck[]; deckId: string | null; audience: AudienceChoice };

/** The choice of cards and the pile drawn from it; mounted once the decks are loaded. */
export function DrawPanel({ decks: all, deckId, audience: audienceInAddress }: DrawPanelProps) {
  const { t } = useTranslation('decks');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => onlyDeck(all, deckId));
  const [audience, setAudience] = useAddressAudience(audienceInAddress, (a) =>
    decksHref.draw(deckId ?? undefined, a),
  );
  // Everything below sees only the cards for the audience: the counts, the pile, the card drawn.
  const decks = useMemo(() => decksFor(all, audience), [all, audience]);
  const refs = useMemo(
    () => filterCards(decks, { categoryIds: includedKeys(decks, excluded) }),
    [decks, excluded],
  );
  const pile = useDrawPile(refs);
  return (
    <div className="draw">
      {/* The pile comes first: on a phone the draw button is then at hand, not below 40 checkboxes. */}
      {refs.length === 0 ? (
        <p className="decks-empty" role="status">
          {t('draw.nothingChosen')}
        </p>
      ) : (
        <DrawStage decks={decks} pile={pile} />
      )}
      <DrawFilter
        decks={decks}
        excluded={excluded}
        onChange={setExcluded}
        total={refs.length}
        audience={audience}
        onAudience={setAudience}
      />
    </div>
  );
}
