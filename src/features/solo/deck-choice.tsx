import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { categoryKey, deckKeys, setIncluded } from './choice.ts';

type DeckChoiceProps = {
  deck: Deck;
  excluded: readonly string[];
  onChange: (excluded: readonly string[]) => void;
};

/** One deck's checkbox (mixed when only some categories are on) and, folded, its categories. */
export function DeckChoice({ deck, excluded, onChange }: DeckChoiceProps) {
  const { t } = useTranslation('solo');
  const lang = useContentLang();
  const keys = deckKeys(deck);
  const off = new Set(excluded);
  const on = keys.filter((k) => !off.has(k)).length;
  const title = localize(deck.title, lang);
  return (
    <li className="solo-deck">
      <label className="solo-check">
        <input
          type="checkbox"
          checked={on === keys.length}
          ref={(el) => {
            if (el) el.indeterminate = on > 0 && on < keys.length;
          }}
          onChange={(event) => onChange(setIncluded(excluded, keys, event.target.checked))}
        />
        <span lang={title.lang}>{title.text}</span>
        <span className="solo-count">{t('start.cardCount', { count: deck.cards.length })}</span>
      </label>
      <details className="solo-categories">
        <summary>{t('start.categories', { deck: title.text, on, total: keys.length })}</summary>
        <ul>
          {deck.categories.map((category) => {
            const key = categoryKey(deck.id, category.id);
            const label = localize(category.label, lang);
            return (
              <li key={category.id}>
                <label className="solo-check">
                  <input
                    type="checkbox"
                    checked={!off.has(key)}
                    onChange={(event) => onChange(setIncluded(excluded, [key], event.target.checked))}
                  />
                  <span lang={label.lang}>{label.text}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </details>
    </li>
  );
}
