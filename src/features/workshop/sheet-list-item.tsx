import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { runSheetToJson } from '../../domain/workshop/serialize-run-sheet.ts';
import { duplicateRunSheet } from '../../domain/workshop/sheet-ops.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { downloadText } from '../../lib/download.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { useAppStore } from '../../store/store.ts';
import { ConfirmAction } from './confirm-action.tsx';
import { newId } from '../../lib/new-id.ts';
import { COPY_SUFFIX, sheetFileName } from './sheet-file.ts';
import { TotalTime } from './total-time.tsx';
import { workshopHref } from './workshop-route.ts';

const notify = (key: string, params: Record<string, string>, tone: 'info' | 'error' = 'info') =>
  useAppStore.getState().showNotice({ id: `workshop-${key}`, key: `workshop:${key}`, tone, params });

/** One of the user's run-sheets: open it, set up a group, print, download, copy or delete it. */
export function SheetListItem({ sheet, onChange }: { sheet: RunSheet; onChange: () => void }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const title = localize(sheet.title, lang).text;
  const headingId = `sheet-${sheet.id}`;
  const duplicate = async () => {
    const copy = duplicateRunSheet(sheet, newId(), COPY_SUFFIX);
    try {
      await getWorkshopStore().putSheet(copy, Date.now());
      notify('notice.duplicated', { title: localize(copy.title, lang).text });
    } catch {
      notify('notice.saveFailed', {}, 'error');
    }
    onChange();
  };
  const remove = async () => {
    try {
      await getWorkshopStore().removeSheet(sheet.id);
      notify('notice.deleted', { title });
    } catch {
      notify('notice.saveFailed', {}, 'error');
    }
    onChange();
    document.getElementById('sheets-heading')?.focus();
  };
  return (
    <li className="workshop-sheet">
      <h3 id={headingId}>
        <a href={workshopHref.edit(sheet.id)}>{title}</a>
      </h3>
      <p className="workshop-meta">
        {t('plan.steps', { count: sheet.steps.length })} · <TotalTime sheet={sheet} />
      </p>
      <div className="workshop-actions">
        <a className="button" href={workshopHref.edit(sheet.id)}>
          {t('plan.edit')}
          <span className="visually-hidden"> «{title}»</span>
        </a>
        <a className="button button-quiet" href={workshopHref.group(sheet.id)}>
          {t('plan.group')}
          <span className="visually-hidden"> «{title}»</span>
        </a>
        <a className="button button-quiet" href={workshopHref.print(sheet.id)}>
          {t('plan.print')}
          <span className="visually-hidden"> «{title}»</span>
        </a>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => downloadText(sheetFileName(sheet), runSheetToJson(sheet))}
        >
          {t('plan.export')}
          <span className="visually-hidden"> «{title}»</span>
        </button>
        <button type="button" className="button button-quiet" onClick={() => void duplicate()}>
          {t('plan.duplicate')}
          <span className="visually-hidden"> «{title}»</span>
        </button>
        <ConfirmAction
          label={t('plan.delete')}
          labelDetail={`«${title}»`}
          question={t('plan.deleteQuestion', { title })}
          confirmLabel={t('plan.deleteConfirm')}
          onConfirm={remove}
        />
      </div>
    </li>
  );
}
