import { useTranslation } from 'react-i18next';
import type { AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { DecksScreen } from './decks-screen.tsx';
import { DrawPanel } from './draw-panel.tsx';

/** Draw cards at random from the decks and categories you choose. */
export function DrawView({ deckId, audience }: { deckId: string | null; audience: AudienceChoice }) {
  const { t } = useTranslation('decks');
  const library = useAllDecks();
  return (
    <DecksScreen title={t('draw.title')} section="draw" ready={library.ready}>
      <p className="lead">{t('draw.lead')}</p>
      <DrawPanel decks={library.decks} deckId={deckId} audience={audience} />
    </DecksScreen>
  );
}
