import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';

type GroupDecksProps = {
  decks: readonly Deck[];
  chosen: readonly string[];
  error: string | null;
  onChange: (deckIds: string[]) => void;
};

/** The decks the group uses, each with the content version this device has (the link carries it). */
export function GroupDecks({ decks, chosen, error, onChange }: GroupDecksProps) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const id = useId();
  return (
    <fieldset
      className="group-decks"
      aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('group.decks')}</legend>
      <p id={`${id}-help`} className="help">
        {t('group.decksHelp')}
      </p>
      {decks.map((deck) => (
        <label key={deck.id} className="workshop-check">
          <input
            type="checkbox"
            checked={chosen.includes(deck.id)}
            onChange={(event) =>
              // Kept in the order the decks are listed, so the link is the same however they were ticked.
              onChange(
                decks
                  .map((d) => d.id)
                  .filter((d) => (d === deck.id ? event.target.checked : chosen.includes(d))),
              )
            }
          />
          {t('group.deckVersion', { title: localize(deck.title, lang).text, version: deck.version })}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="workshop-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
