import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AudienceField } from '../../components/audience-field.tsx';
import type { Deck } from '../../domain/deck/types.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import { missingCardRefs, resolveStepCards } from '../../domain/workshop/step-cards.ts';
import type { StepPatch } from '../../domain/workshop/step-ops.ts';
import { CardPicker } from './card-picker.tsx';
import { cardModeOf, type CardMode } from './card-selection.ts';
import { DeckFilterField } from './deck-filter-field.tsx';

type StepCardsFieldProps = { step: Step; decks: readonly Deck[]; update: (patch: StepPatch) => void };

const MODES: readonly CardMode[] = ['filter', 'picked', 'none'];

/**
 * Which cards a step uses: whole decks or some of their categories (for everyone or one audience),
 * cards picked one by one, or none.
 */
export function StepCardsField({ step, decks, update }: StepCardsFieldProps) {
  const { t } = useTranslation('workshop');
  const { t: tCards } = useTranslation('cards');
  const id = useId();
  const [mode, setMode] = useState<CardMode>(cardModeOf(step.cards));
  const count = resolveStepCards(step, decks).length;
  const missing = missingCardRefs(step, decks);
  const choose = (next: CardMode) => {
    setMode(next);
    if (next === 'none') update({ cards: { deckIds: [], categoryIds: [], cardRefs: [], audience: null } });
    if (next === 'filter') update({ cards: { cardRefs: [] } });
    // Picked cards win over filters; with none picked yet the step should have no cards, not all.
    // The audience narrows filters only; hand-picked cards are taken as picked.
    if (next === 'picked') update({ cards: { deckIds: [], categoryIds: [], audience: null } });
  };
  return (
    <details className="step-cards">
      <summary>
        {step.cards.audience && step.cards.cardRefs.length === 0
          ? t('cards.summaryFor', { count, audience: tCards(`audienceName.${step.cards.audience}`) })
          : t('cards.summary', { count })}
      </summary>
      <fieldset className="workshop-radios">
        <legend>{t('cards.how')}</legend>
        {MODES.map((m) => (
          <label key={m} className="radio">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => choose(m)}
            />
            {t(`cards.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'filter' && (
        <>
          <DeckFilterField step={step} decks={decks} update={update} />
          <AudienceField
            value={step.cards.audience ?? null}
            onChange={(audience) => update({ cards: { audience } })}
            className="step-audience"
          />
        </>
      )}
      {mode === 'picked' && <CardPicker step={step} decks={decks} update={update} />}
      {missing.length > 0 && (
        <p className="workshop-error">
          {t('cards.missing', { count: missing.length, refs: missing.join(', ') })}
        </p>
      )}
    </details>
  );
}
