import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CardDetails } from '../../components/card/card-details.tsx';
import type { Lang } from '../../domain/deck/types.ts';
import type { FoundCard } from './card-lookup.ts';
import type { SoloSession } from './session-state.ts';

type SessionCardProps = {
  session: SoloSession;
  found: FoundCard | null;
  lang: Lang;
  reshuffled: boolean;
  children: ReactNode;
};

/** The card on the table, where it is in the pile, and its follow-up questions folded away. */
export function SessionCard({ session, found, lang, reshuffled, children }: SessionCardProps) {
  const { t } = useTranslation('solo');
  const total = session.pile.cardIds.length - session.pile.hidden.length;
  return (
    <div className="solo-card">
      <p className="solo-progress">{t('session.progress', { drawn: session.pile.drawn.length, total })}</p>
      {reshuffled && <p role="status">{t('session.reshuffled')}</p>}
      {found ? (
        <>
          {children}
          <details className="solo-details">
            <summary>{t('session.followUps')}</summary>
            <CardDetails deck={found.deck} card={found.card} lang={lang} />
          </details>
        </>
      ) : (
        <p className="solo-empty">{t('session.unknownCard', { ref: session.current ?? '' })}</p>
      )}
    </div>
  );
}
