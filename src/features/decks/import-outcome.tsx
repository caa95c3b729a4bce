import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IssueList } from '../../components/issue-list.tsx';
import { localize } from '../../domain/deck/localize.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { decksHref } from './decks-route.ts';
import { ReplaceQuestion } from './replace-question.tsx';
import type { Importer } from './use-import.ts';

/** What came of the last import, in words; focus moves here so it is read out at once. */
export function ImportOutcomeView({ importer }: { importer: Importer }) {
  const { t } = useTranslation('decks');
  const lang = useContentLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const { outcome } = importer;
  useEffect(() => {
    if (outcome.kind !== 'idle' && outcome.kind !== 'busy') heading.current?.focus();
  }, [outcome]);
  if (outcome.kind === 'idle') return null;
  if (outcome.kind === 'busy') {
    return (
      <p className="import-outcome" aria-busy="true">
        {t('import.busy', { source: outcome.source })}
      </p>
    );
  }
  if (outcome.kind === 'confirm-replace') return <ReplaceQuestion importer={importer} outcome={outcome} />;
  const ok = outcome.kind === 'imported' || outcome.kind === 'cancelled';
  const title = 'deck' in outcome ? localize(outcome.deck.title, lang).text : '';
  return (
    <section
      className={ok ? 'import-outcome' : 'import-outcome import-failed'}
      aria-labelledby="import-outcome-heading"
    >
      <h2 id="import-outcome-heading" ref={heading} tabIndex={-1}>
        {outcome.kind === 'imported'
          ? t(outcome.replaced ? 'import.replaced' : 'import.imported', { title })
          : outcome.kind === 'cancelled'
            ? t('import.cancelled')
            : t('import.failed', { source: outcome.source })}
      </h2>
      {outcome.kind === 'invalid' && (
        <>
          <p>{t('import.invalid', { count: outcome.issues.length })}</p>
          <IssueList issues={outcome.issues} kind="deck" />
        </>
      )}
      {outcome.kind === 'built-in' && (
        <p>
          {t('import.builtInId', { id: outcome.deck.id, title: localize(outcome.builtIn.title, lang).text })}
        </p>
      )}
      {outcome.kind === 'storage-failed' && <p>{t('import.storageFailed')}</p>}
      {outcome.kind === 'unreadable' && <p>{t('import.unreadable')}</p>}
      {outcome.kind === 'cancelled' && <p>{t('import.cancelledText', { title })}</p>}
      {outcome.kind === 'imported' && (
        <>
          <p>
            {t('import.importedText', {
              cards: t('deck.cardCount', { count: outcome.deck.cards.length }),
              categories: t('deck.categoryCount', { count: outcome.deck.categories.length }),
            })}
          </p>
          <p className="decks-actions">
            <a className="button" href={decksHref.deck(outcome.deck.id)}>
              {t('import.open', { title })}
            </a>
            <a className="button button-quiet" href={decksHref.draw(outcome.deck.id)}>
              {t('deck.drawFrom')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
