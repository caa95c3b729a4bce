import { useTranslation } from 'react-i18next';
import { cardRef } from '../../domain/deck/card-ref.ts';
import { useAppStore } from '../../store/store.ts';

/** Whether this card is set aside from drawing on this device, with the switch to change it. */
export function CardHiddenState({ deckId, cardId }: { deckId: string; cardId: string }) {
  const { t } = useTranslation('decks');
  const ref = cardRef(deckId, cardId);
  const hidden = useAppStore((s) => s.hiddenCards.includes(ref));
  const hide = useAppStore((s) => s.hideCard);
  const unhide = useAppStore((s) => s.unhideCard);
  return (
    <div className="decks-hidden-state">
      <p role="status">{hidden ? t('card.isHidden') : t('card.isShown')}</p>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => (hidden ? unhide(ref) : hide(ref))}
      >
        {hidden ? t('card.unhide') : t('card.hide')}
      </button>
    </div>
  );
}
