import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterCards } from '../../domain/deck/filter-cards.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { DrawFilter } from './draw-filter.tsx';
import { DrawStage } from './draw-stage.tsx';
import { includedKeys, onlyDeck } from './selection.ts';
import { useDrawPile } from './use-draw-pile.ts';
import './draw.css';

/** The choice of cards and the pile drawn from it; mounted once the decks are loaded. */
export function DrawPanel({ decks, deckId }: { decks: readonly Deck[]; deckId: string | null }) {
  const { t } = useTranslation('decks');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => onlyDeck(decks, deckId));
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
      <DrawFilter decks={decks} excluded={excluded} onChange={setExcluded} total={refs.length} />
    </div>
  );
}
