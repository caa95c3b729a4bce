import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { rotationTable } from '../../domain/pairing/rotation-table.ts';
import type { RunSheet, SpeedDateStep } from '../../domain/workshop/run-sheet-types.ts';
import { resolveStepCards } from '../../domain/workshop/step-cards.ts';
import { speedDateRounds } from '../../domain/workshop/total-duration.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { PrintButton } from './print-button.tsx';
import { rotationGrid } from './rotation-grid.ts';
import { RotationTableView } from './rotation-table-view.tsx';
import { useSessionAndSheet } from './use-session-and-sheet.ts';
import { workshopHref } from './workshop-route.ts';
import { Loading, WorkshopScreen } from './workshop-screen.tsx';
import './print.css';

type RotationViewProps = { sessionId: string; stepId: string | null; all: boolean };

/**
 * The cards a speed-date step deals for the group: the step's cards from the group's decks.
 * The presenter must use the same rule, or the printed table and the projector disagree.
 */
function rotationCards(
  step: SpeedDateStep | null,
  session: WorkshopSession,
  decks: readonly Deck[],
): string[] {
  if (!step) return [];
  const used = decks.filter((d) => session.decks.some((r) => r.id === d.id));
  return resolveStepCards(step, used);
}

const speedDatesOf = (sheet: RunSheet | null): SpeedDateStep[] =>
  (sheet?.steps ?? []).filter((s): s is SpeedDateStep => s.format === 'speed-date');

type RotationBodyProps = {
  session: WorkshopSession;
  sheet: RunSheet | null;
  stepId: string | null;
  all: boolean;
  decks: readonly Deck[];
};

/** The table for one speed-date step of the plan (the first unless another is chosen). */
function RotationBody({ session, sheet, stepId, all, decks }: RotationBodyProps) {
  const { t } = useTranslation('workshop');
  const speedDates = speedDatesOf(sheet);
  const step = speedDates.find((s) => s.id === stepId) ?? speedDates[0] ?? null;
  const table = rotationTable({
    people: session.seats,
    mode: session.mode,
    seed: session.seed,
    cardRefs: rotationCards(step, session, decks),
  });
  const stepRounds = step
    ? speedDateRounds({ rounds: step.rounds, oddMode: session.mode }, session.seats)
    : null;
  const grid = rotationGrid(table, all ? null : stepRounds);
  const partial = grid.rounds.length < grid.totalRounds;
  const canToggle = stepRounds !== null && stepRounds < grid.totalRounds;
  const stepName = (s: SpeedDateStep) =>
    t('steps.heading', { n: (sheet?.steps.indexOf(s) ?? 0) + 1, name: t('format.speed-date.name') });
  return (
    <>
      <PrintButton />
      <p>
        {t('rotation.about', { count: session.seats, mode: t(`odd.${session.mode}.name`) })}{' '}
        {step && t('rotation.forStep', { step: stepName(step) })}{' '}
        {partial
          ? t('rotation.showing', { count: grid.rounds.length, total: grid.totalRounds })
          : t('rotation.showingAll', { count: grid.totalRounds })}
      </p>
      {(speedDates.length > 1 || canToggle) && (
        <nav className="workshop-no-print rotation-choices" aria-label={t('rotation.choices')}>
          <ul>
            {speedDates.length > 1 &&
              speedDates.map((s) => (
                <li key={s.id}>
                  <a
                    href={workshopHref.rotation(session.id, { stepId: s.id, all })}
                    aria-current={s === step ? 'page' : undefined}
                  >
                    {stepName(s)}
                  </a>
                </li>
              ))}
            {canToggle && (
              <li>
                <a href={workshopHref.rotation(session.id, { stepId: step?.id ?? null, all: !all })}>
                  {all
                    ? t('rotation.showStep', { count: stepRounds })
                    : t('rotation.showAll', { count: grid.totalRounds })}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
      <RotationTableView grid={grid} decks={decks} seats={session.seats} />
    </>
  );
}

/** The printable speed-date rotation: round × seat → partner(s), with the card of each round. */
export function RotationView({ sessionId, stepId, all }: RotationViewProps) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const { loaded, session, sheet } = useSessionAndSheet(sessionId);
  const { decks, ready } = useAllDecks();
  const back = [
    { href: workshopHref.plan(), label: t('nav.plan') },
    ...(session ? [{ href: workshopHref.session(session.id), label: t('nav.session') }] : []),
  ];
  const title = session?.title || (sheet ? localize(sheet.title, lang).text : '');
  return (
    <WorkshopScreen title={t('rotation.title', { title })} back={back} className="workshop-print">
      {(loaded.status === 'loading' || !ready) && <Loading />}
      {loaded.status === 'failed' && <p className="workshop-error">{t('plan.readFailed')}</p>}
      {loaded.status === 'ready' && !session && <p>{t('join.missing')}</p>}
      {session && ready && (
        <RotationBody session={session} sheet={sheet} stepId={stepId} all={all} decks={decks} />
      )}
    </WorkshopScreen>
  );
}
