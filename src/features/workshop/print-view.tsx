import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import { resolveStepCards } from '../../domain/workshop/step-cards.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { stepTimeText } from './duration-text.ts';
import { PrintButton } from './print-button.tsx';
import { cardText } from './step-cards-text.ts';
import { TotalTime } from './total-time.tsx';
import { useLoaded } from './use-loaded.ts';
import { workshopHref } from './workshop-route.ts';
import { Loading, WorkshopScreen } from './workshop-screen.tsx';
import './print.css';

/** Up to this many cards of a step are printed in full; more are summed up. */
const PRINTED_CARDS = 8;

function StepCardsCell({ step, decks, lang }: { step: Step; decks: readonly Deck[]; lang: Lang }) {
  const { t } = useTranslation('workshop');
  const { t: tCards } = useTranslation('cards');
  const refs = resolveStepCards(step, decks);
  if (refs.length === 0) return <>{t('print.noCards')}</>;
  const { audience, cardRefs } = step.cards;
  return (
    <>
      {audience && cardRefs.length === 0 && (
        <p>{t('print.audience', { audience: tCards(`audienceName.${audience}`) })}</p>
      )}
      <ul className="print-cards">
        {refs.slice(0, PRINTED_CARDS).map((ref) => (
          <li key={ref}>{cardText(decks, ref, lang) ?? ref}</li>
        ))}
      </ul>
      {refs.length > PRINTED_CARDS && <p>{t('print.moreCards', { count: refs.length - PRINTED_CARDS })}</p>}
    </>
  );
}

/** A run-sheet laid out for paper: every step with its time, cards and instructions. */
export function PrintView({ sheetId }: { sheetId: string }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const loaded = useLoaded(() => getWorkshopStore().getSheet(sheetId), sheetId);
  const { decks, ready } = useAllDecks();
  const sheet = loaded.status === 'ready' ? loaded.value : null;
  const back = [
    { href: workshopHref.plan(), label: t('nav.plan') },
    ...(sheet ? [{ href: workshopHref.edit(sheet.id), label: t('nav.sheet') }] : []),
  ];
  const title = sheet ? localize(sheet.title, lang).text : t('print.title');
  return (
    <WorkshopScreen title={title} back={back} className="workshop-print">
      {(loaded.status === 'loading' || !ready) && <Loading />}
      {loaded.status === 'failed' && <p className="workshop-error">{t('plan.readFailed')}</p>}
      {loaded.status === 'ready' && !sheet && <p>{t('edit.missing')}</p>}
      {sheet && ready && (
        <>
          <PrintButton />
          {sheet.description && <p>{localize(sheet.description, lang).text}</p>}
          <p className="workshop-total-line">
            {t('plan.total')} <TotalTime sheet={sheet} />
          </p>
          <table className="print-table">
            <caption className="visually-hidden">{t('print.caption', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('print.step')}</th>
                <th scope="col">{t('print.time')}</th>
                <th scope="col">{t('print.cards')}</th>
                <th scope="col">{t('print.instructions')}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.steps.map((step, index) => (
                <tr key={step.id}>
                  <th scope="row">
                    {t('steps.heading', { n: index + 1, name: t(`format.${step.format}.name`) })}
                  </th>
                  <td>{stepTimeText(t, step)}</td>
                  <td>
                    <StepCardsCell step={step} decks={decks} lang={lang} />
                  </td>
                  <td>{localize(step.instructions, lang).text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </WorkshopScreen>
  );
}
