import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import type { ImportOutcome, Importer } from './use-import.ts';

type ReplaceQuestionProps = {
  importer: Importer;
  outcome: Extract<ImportOutcome, { kind: 'confirm-replace' }>;
};

/** Asks before a new deck replaces one of the user's own with the same id. */
export function ReplaceQuestion({ importer, outcome }: ReplaceQuestionProps) {
  const { t } = useTranslation('decks');
  const lang = useContentLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { deck, existing } = outcome;
  return (
    <section className="import-outcome decks-confirm" aria-labelledby="import-replace-heading">
      <h2 id="import-replace-heading" ref={heading} tabIndex={-1}>
        {t('import.replaceHeading', { title: localize(existing.title, lang).text })}
      </h2>
      <p>
        {t('import.replaceText', {
          id: deck.id,
          old: t('deck.cardCount', { count: existing.cards.length }),
          new: t('deck.cardCount', { count: deck.cards.length }),
          source: outcome.source,
        })}
      </p>
      <p className="decks-actions">
        <button type="button" className="button" onClick={() => void importer.confirmReplace()}>
          {t('import.replace')}
        </button>
        <button type="button" className="button button-quiet" onClick={importer.cancelReplace}>
          {t('import.keep')}
        </button>
      </p>
    </section>
  );
}
