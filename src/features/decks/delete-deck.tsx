import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardRef } from '../../domain/deck/card-ref.ts';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { useAppStore } from '../../store/store.ts';
import { decksHref } from './decks-route.ts';
import { navigate } from '../../lib/app-route.ts';

/** Deletes one of the user's own decks from this device, after asking. */
export function DeleteDeck({ deck }: { deck: Deck }) {
  const { t } = useTranslation('decks');
  const lang = useContentLang();
  const [step, setStep] = useState<'idle' | 'asking' | 'failed'>('idle');
  const question = useRef<HTMLParagraphElement>(null);
  const title = localize(deck.title, lang).text;
  useEffect(() => {
    if (step !== 'idle') question.current?.focus();
  }, [step]);
  const remove = async () => {
    try {
      await useAppStore.getState().removeImportedDeck(deck.id);
    } catch {
      setStep('failed');
      return;
    }
    const { showNotice, unhideCards } = useAppStore.getState();
    // Its cards are gone: so is any reason to keep them on the device's hidden list.
    unhideCards(deck.cards.map((card) => cardRef(deck.id, card.id)));
    showNotice({ id: `deck-deleted-${deck.id}`, key: 'decks:delete.done', tone: 'info', params: { title } });
    // Replace, not push: «back» must not lead to the page of a deck that is gone.
    navigate(decksHref.browse(), { replace: true });
  };
  if (step === 'idle') {
    return (
      <button type="button" className="button button-quiet" onClick={() => setStep('asking')}>
        {t('delete.start')}
      </button>
    );
  }
  return (
    <div className="decks-confirm" role="group" aria-labelledby="decks-delete-question">
      <p id="decks-delete-question" ref={question} tabIndex={-1}>
        {step === 'failed' ? t('delete.failed', { title }) : t('delete.question', { title })}
      </p>
      <button type="button" className="button button-danger" onClick={() => void remove()}>
        {t('delete.confirm')}
      </button>
      <button type="button" className="button button-quiet" onClick={() => setStep('idle')}>
        {t('delete.cancel')}
      </button>
    </div>
  );
}
