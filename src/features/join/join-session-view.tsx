import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import type { JoinSession } from '../../domain/join/join-session.ts';
import { sessionRefForJoin } from '../../lib/session-notes.ts';
import { DeckProblem } from './deck-problem.tsx';
import { ParticipantView } from './participant-view.tsx';
import { readSeat, writeSeat, type SeatChoice } from './seat-memory.ts';
import { SeatForm } from './seat-form.tsx';
import { useSessionDecks } from './use-session-decks.ts';

/** A valid join link: check the decks, pick a seat (remembered per session), then the hand. */
export function JoinSessionView({ session }: { session: JoinSession }) {
  const { t } = useTranslation('join');
  const ref = useMemo(() => sessionRefForJoin(session), [session]);
  const { ready, decks, check } = useSessionDecks(session);
  const [accepted, setAccepted] = useState(false);
  const [choice, setChoice] = useState<SeatChoice | null>(() => readSeat(ref.code, session.seats));
  const [changing, setChanging] = useState(false);
  const title = session.title ?? t('sessionTitle');

  const body = () => {
    if (!ready || check === null)
      return (
        <p className="loading" aria-busy="true">
          {t('loadingDecks')}
        </p>
      );
    if (check.missing.length > 0) return <DeckProblem check={check} decks={decks} />;
    if (check.mismatched.length > 0 && !accepted)
      return <DeckProblem check={check} decks={decks} onContinue={() => setAccepted(true)} />;
    if (choice === null || changing)
      return (
        <SeatForm
          seats={session.seats}
          initial={choice}
          onCancel={choice === null ? undefined : () => setChanging(false)}
          onChoose={(next) => {
            writeSeat(ref.code, next);
            setChoice(next);
            setChanging(false);
          }}
        />
      );
    return (
      <ParticipantView
        session={session}
        sessionRef={ref}
        decks={decks}
        choice={choice}
        onChangeSeat={() => setChanging(true)}
      />
    );
  };

  return (
    <Page title={title} className="join">
      <p className="join-code">
        {t('code')} <strong className="join-code-value">{ref.code}</strong>
      </p>
      {body()}
    </Page>
  );
}
