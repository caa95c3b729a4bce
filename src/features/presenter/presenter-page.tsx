import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import type { RunSheet, Step } from '../../domain/workshop/run-sheet-types.ts';
import { useRoute } from '../../hooks/use-route.ts';
import { hrefFor } from '../../lib/app-route.ts';
import { setHtmlData } from '../../lib/html-flags.ts';
import { AudienceView } from './audience-view.tsx';
import { parsePresentQuery, runIdOf } from './present-query.ts';
import { PresenterView } from './presenter-view.tsx';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { usePresentation } from './use-presentation.ts';
import '../../styles/projector.css';
import './presenter.css';

const hasSteps = (sheet: RunSheet): sheet is RunSheet & { readonly steps: readonly [Step, ...Step[]] } =>
  sheet.steps.length > 0;

/**
 * `#/present?session=…` (a group), `?sheet=…` or `?template=…`; `&view=audience` is the
 * projector's window. The page takes the whole screen in the projector theme while it is open.
 */
export function PresenterPage() {
  const { t } = useTranslation('presenter');
  const { query } = useRoute();
  const { source, audience } = parsePresentQuery(query);
  const presentation = usePresentation(source);
  const { decks, ready } = useAllDecks();

  useEffect(() => {
    setHtmlData('presenting', audience ? 'audience' : 'presenter');
    return () => setHtmlData('presenting', undefined);
  }, [audience]);

  if (presentation.status === 'loading' || (presentation.status === 'ready' && !ready)) {
    return (
      <Page title={t('loading')} className="presenter presenter-message">
        <p className="loading" aria-busy="true" />
      </Page>
    );
  }
  if (presentation.status === 'missing' || !source || !hasSteps(presentation.sheet)) {
    const empty = presentation.status === 'ready';
    return (
      <Page title={t(empty ? 'empty.title' : 'missing.title')} className="presenter presenter-message">
        <p>{t(empty ? 'empty.text' : 'missing.text')}</p>
        <p>
          <a className="button" href={hrefFor('/workshop')}>
            {t('missing.back')}
          </a>
        </p>
      </Page>
    );
  }
  const { sheet, session } = presentation;
  const runId = runIdOf(source);
  return audience ? (
    <AudienceView key={runId} runId={runId} sheet={sheet} session={session} decks={decks} />
  ) : (
    <PresenterView key={runId} runId={runId} source={source} sheet={sheet} session={session} decks={decks} />
  );
}
