import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionCard } from '../../components/card/question-card.tsx';
import type { Deck } from '../../domain/deck/types.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';
import type { SeatEntry } from '../../domain/pairing/rotation-table.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { findCard, seatRounds } from './session-cards.ts';

type SpeedDatePanelProps = { session: JoinSession; decks: readonly Deck[]; seat: number };

/** Who the seat meets, where, and about which card, in a speed-date round. */
export function RoundText({ entry }: { entry: SeatEntry }) {
  const { t } = useTranslation('join');
  const [first, second] = entry.partners;
  if (first === undefined) return <p>{t('speedDate.sitOut')}</p>;
  return (
    <p className="speed-date-partner">
      {second === undefined
        ? t('speedDate.partner', { seat: first })
        : t('speedDate.trio', { first, second })}
      {entry.meeting !== null && <> {t('speedDate.meeting', { meeting: entry.meeting })}</>}
    </p>
  );
}

/** The round's card when the link says which cards the rounds use; otherwise where to look for it. */
export function RoundCard({ entry, decks }: { entry: SeatEntry; decks: readonly Deck[] }) {
  const { t } = useTranslation('join');
  const lang = useContentLang();
  if (entry.partners.length === 0) return null;
  const found = entry.card === null ? undefined : findCard(decks, entry.card);
  if (!found) return <p className="help">{t('speedDate.card')}</p>;
  return (
    <div className="speed-date-card">
      <p className="speed-date-card-label">{t('speedDate.roundCard')}</p>
      <QuestionCard deck={found.deck} card={found.card} lang={lang} density="phone" />
    </div>
  );
}

/**
 * The speed-date schedule for this seat, computed on the phone (the same as the facilitator's
 * rotation table) from seats, mode and, when the link carries it, the step's card choice. The
 * phone cannot hear the facilitator's «next round», so the participant steps through the rounds.
 */
export function SpeedDatePanel({ session, decks, seat }: SpeedDatePanelProps) {
  const { t } = useTranslation('join');
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  // Only worked out when opened: a big group's rotation is not needed until then.
  const rounds = useMemo(() => (open ? seatRounds(session, seat, decks) : []), [open, session, seat, decks]);
  const entry = rounds[round];
  return (
    <section className="speed-date" aria-labelledby="speed-date-heading">
      <h2 id="speed-date-heading">{t('speedDate.heading')}</h2>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('speedDate.show')}</summary>
        {entry && (
          <div className="speed-date-round">
            <p className="speed-date-number" aria-live="polite">
              {t('speedDate.round', { n: round + 1, total: rounds.length })}
            </p>
            <RoundText entry={entry} />
            <div className="speed-date-nav">
              <button
                type="button"
                className="button"
                disabled={round === 0}
                onClick={() => setRound((r) => Math.max(r - 1, 0))}
              >
                {t('speedDate.prev')}
              </button>
              <button
                type="button"
                className="button"
                disabled={round === rounds.length - 1}
                onClick={() => setRound((r) => Math.min(r + 1, rounds.length - 1))}
              >
                {t('speedDate.next')}
              </button>
            </div>
            <RoundCard entry={entry} decks={decks} />
          </div>
        )}
      </details>
    </section>
  );
}
