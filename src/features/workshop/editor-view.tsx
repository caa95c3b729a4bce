import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import { runSheetToJson } from '../../domain/workshop/serialize-run-sheet.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { downloadText } from '../../lib/download.ts';
import { AddStep } from './add-step.tsx';
import { SheetFields } from './sheet-fields.tsx';
import { sheetFileName } from './sheet-file.ts';
import { StepList } from './step-list.tsx';
import { TotalTime } from './total-time.tsx';
import { useSheetEditor } from './use-sheet-editor.ts';
import { workshopHref } from './workshop-route.ts';
import { Loading, WorkshopScreen } from './workshop-screen.tsx';

/** Edits one run-sheet: title, steps (add, change, move, copy, delete), and what comes next. */
export function EditorView({ sheetId }: { sheetId: string }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const { state, apply } = useSheetEditor(sheetId);
  const { decks, ready } = useAllDecks();
  const back = [{ href: workshopHref.plan(), label: t('nav.plan') }];
  if (state.status !== 'ready') {
    return (
      <WorkshopScreen title={t('edit.loadingTitle')} back={back}>
        {state.status === 'loading' && <Loading />}
        {state.status === 'missing' && <p>{t('edit.missing')}</p>}
        {state.status === 'failed' && <p className="workshop-error">{t('plan.readFailed')}</p>}
      </WorkshopScreen>
    );
  }
  const { sheet } = state;
  return (
    <WorkshopScreen title={t('edit.title', { title: localize(sheet.title, lang).text })} back={back}>
      {state.save !== 'saved' && (
        <p className="workshop-error" role="alert">
          {t(state.save === 'invalid' ? 'edit.notSavedInvalid' : 'edit.notSavedFailed')}
        </p>
      )}
      <SheetFields sheet={sheet} apply={apply} />
      <p className="workshop-total-line">
        {t('plan.total')} <TotalTime sheet={sheet} />
      </p>
      <section className="workshop-section" aria-labelledby="steps-heading">
        <h2 id="steps-heading" tabIndex={-1}>
          {t('steps.heading2')}
        </h2>
        <p id="steps-move-help" className="help">
          {t('steps.moveHelp')}
        </p>
        {ready ? <StepList sheet={sheet} decks={decks} apply={apply} /> : <Loading />}
        <AddStep sheet={sheet} apply={apply} />
      </section>
      <section className="workshop-section" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('edit.next')}</h2>
        <div className="workshop-actions">
          <a className="button" href={workshopHref.group(sheet.id)}>
            {t('plan.group')}
          </a>
          <a className="button button-quiet" href={workshopHref.presentSheet(sheet.id)}>
            {t('edit.presentWithoutGroup')}
          </a>
          <a className="button button-quiet" href={workshopHref.print(sheet.id)}>
            {t('plan.print')}
          </a>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => downloadText(sheetFileName(sheet), runSheetToJson(sheet))}
          >
            {t('plan.export')}
          </button>
        </div>
      </section>
    </WorkshopScreen>
  );
}
