import { useTranslation } from 'react-i18next';
import { DecksScreen } from './decks-screen.tsx';
import { DrawPanel } from './draw-panel.tsx';
import { useDecks } from './use-decks.ts';

/** Draw cards at random from the decks and categories you choose. */
export function DrawView({ deckId }: { deckId: string | null }) {
  const { t } = useTranslation('decks');
  const decks = useDecks();
  return (
    <DecksScreen title={t('draw.title')} section="draw" ready={decks.ready}>
      <p className="lead">{t('draw.lead')}</p>
      <DrawPanel decks={decks.all} deckId={deckId} />
    </DecksScreen>
  );
}
