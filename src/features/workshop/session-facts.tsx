import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { TotalTime } from './total-time.tsx';

/** What the group was set up with, so the facilitator can check it (and repeat it from the seed). */
export function SessionFacts({ session, sheet }: { session: WorkshopSession; sheet: RunSheet | null }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const { decks } = useAllDecks();
  const deckName = (id: string, version: number) => {
    const deck = decks.find((d) => d.id === id);
    const title = deck ? localize(deck.title, lang).text : id;
    const note =
      deck && deck.version !== version ? ` ${t('join.deckChanged', { version: deck.version })}` : '';
    return `${t('group.deckVersion', { title, version })}${note}`;
  };
  return (
    <dl className="session-facts">
      <dt>{t('group.seats')}</dt>
      <dd>{session.seats}</dd>
      <dt>{t('group.groups')}</dt>
      <dd>{session.groups}</dd>
      <dt>{t('group.oddMode')}</dt>
      <dd>{t(`odd.${session.mode}.name`)}</dd>
      <dt>{t('group.cardsPerSeat')}</dt>
      <dd>{session.cardsPerSeat}</dd>
      <dt>{t('group.seed')}</dt>
      <dd>{session.seed}</dd>
      <dt>{t('group.decks')}</dt>
      <dd>{session.decks.map((d) => deckName(d.id, d.version)).join(', ')}</dd>
      {sheet && (
        <>
          <dt>{t('plan.total')}</dt>
          <dd>
            <TotalTime sheet={sheet} people={session.seats} />
          </dd>
        </>
      )}
    </dl>
  );
}
