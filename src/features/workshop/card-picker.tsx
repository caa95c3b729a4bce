import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AudienceField } from '../../components/audience-field.tsx';
import { isCardFor, type AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { cardRef, parseCardRef } from '../../domain/deck/card-ref.ts';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { RUN_SHEET_LIMITS, type Step } from '../../domain/workshop/run-sheet-types.ts';
import type { StepPatch } from '../../domain/workshop/step-ops.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';

type CardPickerProps = { step: Step; decks: readonly Deck[]; update: (patch: StepPatch) => void };

/**
 * Cards chosen one by one: the list in order, and a deck + card choice to add another, which
 * «Hvem er kortet for?» can narrow (only while choosing: what is picked is kept as picked).
 */
export function CardPicker({ step, decks, update }: CardPickerProps) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const id = useId();
  const deckSelect = useRef<HTMLSelectElement>(null);
  const [deckId, setDeckId] = useState(decks[0]?.id ?? '');
  const [cardId, setCardId] = useState('');
  const [audience, setAudience] = useState<AudienceChoice>(null);
  const picked = step.cards.cardRefs;
  const deck = decks.find((d) => d.id === deckId);
  const choices = deck
    ? deck.cards.filter((c) => !picked.includes(cardRef(deck.id, c.id)) && isCardFor(c, audience))
    : [];
  const chosenCard = choices.find((c) => c.id === cardId) ?? choices[0];
  const textOf = (ref: string) => {
    const parts = parseCardRef(ref);
    const from = decks.find((d) => d.id === parts?.deckId);
    const card = from?.cards.find((c) => c.id === parts?.cardId);
    return card && from ? `${localize(card.text, lang).text} (${localize(from.title, lang).text})` : ref;
  };
  const full = picked.length >= RUN_SHEET_LIMITS.cardRefs;
  return (
    <div className="card-picker">
      {picked.length === 0 ? (
        <p>{t('cards.noneChosen')}</p>
      ) : (
        <ol className="card-picker-list">
          {picked.map((ref) => (
            <li key={ref}>
              <span>{textOf(ref)}</span>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  update({ cards: { cardRefs: picked.filter((r) => r !== ref) } });
                  deckSelect.current?.focus();
                }}
              >
                {t('cards.remove')}
                <span className="visually-hidden"> «{textOf(ref)}»</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <fieldset className="card-picker-add">
        <legend>{t('cards.addHeading')}</legend>
        <div className="workshop-field">
          <label htmlFor={`${id}-deck`}>{t('cards.fromDeck')}</label>
          <select
            ref={deckSelect}
            id={`${id}-deck`}
            value={deckId}
            onChange={(e) => setDeckId(e.target.value)}
          >
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {localize(d.title, lang).text}
              </option>
            ))}
          </select>
        </div>
        <AudienceField value={audience} onChange={setAudience} className="card-picker-audience" />
        <div className="workshop-field">
          <label htmlFor={`${id}-card`}>{t('cards.card')}</label>
          <select
            id={`${id}-card`}
            value={chosenCard?.id ?? ''}
            disabled={choices.length === 0}
            onChange={(e) => setCardId(e.target.value)}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {localize(c.text, lang).text}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button-quiet"
          disabled={!deck || !chosenCard || full}
          onClick={() => {
            if (deck && chosenCard)
              update({ cards: { cardRefs: [...picked, cardRef(deck.id, chosenCard.id)] } });
          }}
        >
          {t('cards.add')}
        </button>
      </fieldset>
    </div>
  );
}
