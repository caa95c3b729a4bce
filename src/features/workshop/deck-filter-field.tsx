import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import type { StepPatch } from '../../domain/workshop/step-ops.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import {
  filterCardsOf,
  filterSelectionOf,
  toggleCategory,
  toggleDeck,
  type FilterSelection,
} from './card-selection.ts';

type DeckFilterFieldProps = { step: Step; decks: readonly Deck[]; update: (patch: StepPatch) => void };

/** Decks to draw from, and within a chosen deck the categories (all of them to begin with). */
export function DeckFilterField({ step, decks, update }: DeckFilterFieldProps) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const selection = filterSelectionOf(step.cards, decks);
  const set = (next: FilterSelection) => update({ cards: filterCardsOf(next, decks, step.cards) });
  return (
    <fieldset className="deck-filter">
      <legend>{t('cards.decks')}</legend>
      <ul>
        {decks.map((deck) => {
          const title = localize(deck.title, lang).text;
          const chosen = selection.get(deck.id);
          return (
            <li key={deck.id}>
              <label className="workshop-check">
                <input
                  type="checkbox"
                  checked={chosen !== undefined}
                  onChange={(event) => set(toggleDeck(selection, deck, event.target.checked))}
                />
                {t('cards.deck', { title, count: deck.cards.length })}
              </label>
              {chosen && (
                <fieldset className="deck-filter-categories">
                  <legend>{t('cards.categoriesOf', { title })}</legend>
                  {deck.categories.map((category) => (
                    <label key={category.id} className="workshop-check">
                      <input
                        type="checkbox"
                        checked={chosen.has(category.id)}
                        onChange={(event) =>
                          set(toggleCategory(selection, deck.id, category.id, event.target.checked))
                        }
                      />
                      {localize(category.label, lang).text}
                    </label>
                  ))}
                </fieldset>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
