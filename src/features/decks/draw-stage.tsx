import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCardRef } from '../../domain/deck/card-ref.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { DrawnCard } from './drawn-card.tsx';
import type { DrawPile } from './use-draw-pile.ts';

/** The pile: how many are left, draw, hide (with undo), reshuffle, and the card drawn. */
export function DrawStage({ decks, pile }: { decks: readonly Deck[]; pile: DrawPile }) {
  const { t } = useTranslation('decks');
  const hiddenNote = useRef<HTMLParagraphElement>(null);
  const drawButton = useRef<HTMLButtonElement>(null);
  const justHidden = pile.justHidden;
  useEffect(() => {
    // Hiding removes the button that had focus: keep keyboard users next to the undo.
    if (justHidden) hiddenNote.current?.focus();
  }, [justHidden]);
  const found = pile.current ? parseCardRef(pile.current) : null;
  const deck = found ? decks.find((d) => d.id === found.deckId) : undefined;
  const card = found ? deck?.cards.find((c) => c.id === found.cardId) : undefined;
  const empty = pile.remaining === 0;
  return (
    <section className="draw-stage" aria-labelledby="draw-stage-heading">
      <h2 id="draw-stage-heading">{t('draw.pile')}</h2>
      <p className="draw-count" role="status">
        {empty ? t('draw.empty') : t('draw.remaining', { count: pile.remaining })}
      </p>
      <div className="decks-actions">
        {empty ? (
          <button type="button" className="button" onClick={pile.reshuffle}>
            {t('draw.reshuffle')}
          </button>
        ) : (
          <button type="button" className="button" ref={drawButton} onClick={pile.draw}>
            {t('draw.draw')}
          </button>
        )}
        {card && (
          <button type="button" className="button button-quiet" onClick={pile.hideCurrent}>
            {t('draw.hide')}
          </button>
        )}
        {!empty && pile.drawn > 0 && (
          <button type="button" className="button-quiet" onClick={pile.reshuffle}>
            {t('draw.reshuffle')}
          </button>
        )}
        {pile.hiddenInPile.length > 0 && !justHidden && (
          <button type="button" className="button-quiet" onClick={pile.showHidden}>
            {t('draw.showHidden', { count: pile.hiddenInPile.length })}
          </button>
        )}
      </div>
      {justHidden && (
        <p className="draw-hidden-note" ref={hiddenNote} tabIndex={-1}>
          {t('draw.hidden')}{' '}
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              pile.undoHide();
              drawButton.current?.focus();
            }}
          >
            {t('draw.undo')}
          </button>
        </p>
      )}
      <div className="draw-card" aria-live="polite">
        {deck && card ? (
          <DrawnCard deck={deck} card={card} />
        ) : (
          !justHidden && pile.drawn === 0 && <p className="draw-hint">{t('draw.hint')}</p>
        )}
      </div>
    </section>
  );
}
