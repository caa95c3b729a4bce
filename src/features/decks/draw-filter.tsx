import { useTranslation } from 'react-i18next';
import { AudienceField } from '../../components/audience-field.tsx';
import type { AudienceChoice } from '../../domain/deck/audience-filter.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { DrawDeckChoice } from './draw-deck-choice.tsx';
import { deckKeys, setIncluded } from './selection.ts';

type DrawFilterProps = {
  decks: readonly Deck[];
  excluded: ReadonlySet<string>;
  onChange: (excluded: ReadonlySet<string>) => void;
  total: number;
  audience: AudienceChoice;
  onAudience: (audience: AudienceChoice) => void;
};

/** Whom the cards are for, then checkboxes for decks and, folded under each, its categories. */
export function DrawFilter({ decks, excluded, onChange, total, audience, onAudience }: DrawFilterProps) {
  const { t } = useTranslation('decks');
  const all = decks.flatMap(deckKeys);
  return (
    <fieldset className="draw-filter">
      <legend>
        <h2>{t('draw.choose')}</h2>
      </legend>
      <AudienceField value={audience} onChange={onAudience} className="draw-audience" />
      <p className="draw-filter-tools">
        <button
          type="button"
          className="button-quiet"
          onClick={() => onChange(setIncluded(excluded, all, true))}
        >
          {t('draw.all')}
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={() => onChange(setIncluded(excluded, all, false))}
        >
          {t('draw.none')}
        </button>
        <span className="draw-filter-total">{t('draw.chosen', { count: total })}</span>
      </p>
      <ul className="draw-decks">
        {decks.map((deck) => (
          <DrawDeckChoice key={deck.id} deck={deck} excluded={excluded} onChange={onChange} />
        ))}
      </ul>
    </fieldset>
  );
}
