import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import type { JoinSession } from '../../domain/join/join-session.ts';
import { sessionRefForJoin } from '../../lib/session-notes.ts';
import { DeckProblem } from './deck-problem.tsx';
import { navigate } from '../../lib/app-route.ts';
import { sessionHref } from './link-seat.ts';
import { ParticipantView } from './participant-view.tsx';
import { readSeat, seatStart, writeSeat, type SeatChoice } from '../../lib/seat-memory.ts';
import { SeatForm } from './seat-form.tsx';
import { useSessionDecks } from './use-session-decks.ts';

type JoinSessionViewProps = {
  /** The session, without a seat. */
  session: JoinSession;
  /** The seat a seat card's link names (`h`), already checked against the group size. */
  linkSeat?: number | undefined;
};

/**
 * A valid join link: check the decks, pick a seat (remembered per session), then the hand. A seat
 * card's link skips the picking: its seat is remembered and the address loses it (link-seat.ts).
 */
export function JoinSessionView({ session, linkSeat }: JoinSessionViewProps) {
  const { t } = useTranslation('join');
  const ref = useMemo(() => sessionRefForJoin(session), [session]);
  const { ready, decks, check } = useSessionDecks(session);
  const [accepted, setAccepted] = useState(false);
  const [start] = useState(() => seatStart(readSeat(ref.code, session.seats), linkSeat));
  const [choice, setChoice] = useState<SeatChoice | null>(start.choice);
  const [fromLink, setFromLink] = useState(start.fromLink);
  const [changing, setChanging] = useState(false);
  const title = session.title ?? t('sessionTitle');

  useEffect(() => {
    if (!start.fromLink) return;
    writeSeat(ref.code, start.choice);
    navigate(sessionHref(session), { replace: true });
    // Once, when the link is opened: the seat is taken, later changes are the participant's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
            setFromLink(false);
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
        seatSource={fromLink && start.fromLink ? { previous: start.previous } : null}
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
