import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deck } from '../../domain/deck/types.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';
import type { PresenterRoomState } from '../../domain/room/presenter-state.ts';
import { seatRounds } from './session-cards.ts';
import { RoundCard, RoundText } from './speed-date-panel.tsx';

type LiveRoundProps = {
  state: PresenterRoomState;
  session: JoinSession;
  decks: readonly Deck[];
  seat: number;
};

/**
 * Whether the presenter is in a speed-date round this phone can show: any round past the first
 * (only speed-date has rounds), or the link's own step when the link says it is a speed-date.
 * The room's state says step and round, not the step's format, so this is what the link tells.
 */
export function isRoundStep(state: PresenterRoomState, session: JoinSession): boolean {
  if (state.round > 0) return true;
  return session.format === 'speed-date' && (session.step === undefined || session.step === state.step);
}

/**
 * Where the big screen is, first on the phone: the step, and in a speed-date the round with this
 * seat's partner and card (computed on the phone, as the rotation table does). It changes as the
 * presenter moves: the heading is announced politely.
 */
export function LiveRound({ state, session, decks, seat }: LiveRoundProps) {
  const { t } = useTranslation('join');
  const roundStep = isRoundStep(state, session);
  // Worked out once per session and seat, not on every move of the presenter.
  const rounds = useMemo(
    () => (roundStep ? seatRounds(session, seat, decks) : []),
    [roundStep, session, seat, decks],
  );
  const entry = roundStep ? rounds[state.round] : undefined;
  const roundText = !roundStep
    ? ''
    : entry === undefined
      ? t('room.live.roundOnly', { n: state.round + 1 })
      : t('room.live.round', { n: state.round + 1, total: rounds.length });
  return (
    <section className="live-round" aria-labelledby="live-round-heading">
      <h2 id="live-round-heading" aria-live="polite">
        {t('room.live.heading', { step: state.step + 1 })}
        {roundText !== '' && <span className="live-round-number"> · {roundText}</span>}
      </h2>
      {entry && (
        <>
          <RoundText entry={entry} />
          <RoundCard entry={entry} decks={decks} />
        </>
      )}
    </section>
  );
}
