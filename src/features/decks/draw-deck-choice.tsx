import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { categoryCounts } from './deck-summary.ts';
import { categoryKey, deckKeys, setIncluded } from './selection.ts';

type DrawDeckChoiceProps = {
  deck: Deck;
  excluded: ReadonlySet<string>;
  onChange: (excluded: ReadonlySet<string>) => void;
};

/** One deck's checkbox (mixed when only some categories are on) and its category checkboxes. */
export function DrawDeckChoice({ deck, excluded, onChange }: DrawDeckChoiceProps) {
  const { t } = useTranslation('decks');
  const lang = useContentLang();
  const keys = deckKeys(deck);
  const on = keys.filter((k) => !excluded.has(k)).length;
  const title = localize(deck.title, lang);
  return (
    <li className="draw-deck">
      <label className="check">
        <input
          type="checkbox"
          checked={on === keys.length}
          ref={(el) => {
            if (el) el.indeterminate = on > 0 && on < keys.length;
          }}
          onChange={(event) => onChange(setIncluded(excluded, keys, event.target.checked))}
        />
        <span lang={title.lang}>{title.text}</span>
        <span className="decks-chip-count">{t('deck.cardCount', { count: deck.cards.length })}</span>
      </label>
      <details className="draw-categories">
        <summary>
          {t('draw.categories', { on, total: keys.length })}
          <span className="visually-hidden"> ({title.text})</span>
        </summary>
        <ul>
          {categoryCounts(deck).map(({ category, count }) => {
            const key = categoryKey(deck.id, category.id);
            const label = localize(category.label, lang);
            return (
              <li key={category.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={!excluded.has(key)}
                    onChange={(event) => onChange(setIncluded(excluded, [key], event.target.checked))}
                  />
                  <span lang={label.lang}>{label.text}</span>
                  <span className="decks-chip-count">{count}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </details>
    </li>
  );
}
