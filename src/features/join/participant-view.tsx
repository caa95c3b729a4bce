import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import { DEFAULT_INSTRUCTIONS } from '../../domain/workshop/default-instructions.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { HandInPanel } from './hand-in-panel.tsx';
import { HandView } from './hand-view.tsx';
import { LiveRound } from './live-round.tsx';
import { RoomPanel } from './room-panel.tsx';
import type { SeatChoice } from '../../lib/seat-memory.ts';
import { seatHand } from './session-cards.ts';
import { SpeedDatePanel } from './speed-date-panel.tsx';
import { useLiveRoom } from './use-live-room.ts';

type ParticipantViewProps = {
  session: JoinSession;
  sessionRef: SessionRef;
  decks: readonly Deck[];
  choice: SeatChoice;
  /** Set when the seat came from a seat card's link; `previous` is the seat this phone had before. */
  seatSource: { previous?: number | undefined } | null;
  onChangeSeat: () => void;
};

/**
 * The step the link is for: its number when the link names one, and its format's default
 * instructions when the link says the format (otherwise: follow the big screen).
 */
function StepInstructions({ session }: { session: JoinSession }) {
  const { t } = useTranslation('join');
  const lang = useContentLang();
  if (session.step === undefined && session.format === undefined) return null;
  const heading =
    session.step === undefined ? t('step.instructions') : t('step.heading', { step: session.step + 1 });
  return (
    <section className="join-step" aria-labelledby="join-step-heading">
      <h2 id="join-step-heading">{heading}</h2>
      <p>
        {session.format === undefined
          ? t('step.text')
          : localize(DEFAULT_INSTRUCTIONS[session.format], lang).text}
      </p>
    </section>
  );
}

/** The participant's screen: who they are, the step, their hand with notes, the speed-date, hand-in. */
export function ParticipantView({
  session,
  sessionRef,
  decks,
  choice,
  seatSource,
  onChangeSeat,
}: ParticipantViewProps) {
  const { t } = useTranslation('join');
  const hand = useMemo(() => seatHand(session, decks, choice.seat), [session, decks, choice.seat]);
  // A link without a room opens nothing: the hook then only reads the (off) sharing choice.
  const room = useLiveRoom(session.room, sessionRef, choice);
  const live = session.room === undefined ? null : room;
  return (
    <>
      {live?.presenter && (
        <LiveRound state={live.presenter} session={session} decks={decks} seat={choice.seat} />
      )}
      <div className="join-who">
        <p>
          {t('seat.you', { seat: choice.seat })}
          {choice.name !== undefined && <span className="join-who-name"> · {choice.name}</span>}
        </p>
        <button type="button" className="button button-quiet" onClick={onChangeSeat}>
          {t('seat.change')}
        </button>
        {seatSource !== null && (
          <p className="join-who-source">
            {seatSource.previous === undefined
              ? t('seat.fromLink')
              : t('seat.fromLinkChanged', { previous: seatSource.previous })}
          </p>
        )}
      </div>
      <StepInstructions session={session} />
      <HandView
        cards={hand}
        sessionRef={sessionRef}
        seat={choice.seat}
        step={live?.presenter?.step ?? session.step}
        shared={live !== null && !live.noServer && live.share !== null}
      />
      <SpeedDatePanel session={session} decks={decks} seat={choice.seat} />
      {live && <RoomPanel room={live} choice={choice} />}
      <HandInPanel sessionRef={sessionRef} choice={choice} />
    </>
  );
}
