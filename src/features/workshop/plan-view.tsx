import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { ImportSheet } from './import-sheet.tsx';
import { NewSheetForm } from './new-sheet-form.tsx';
import { SheetList } from './sheet-list.tsx';
import { TemplateList } from './template-list.tsx';
import { useLoaded } from './use-loaded.ts';
import { WorkshopScreen } from './workshop-screen.tsx';

/** The start of the workshop journey: your run-sheets, the templates, a new plan, an import. */
export function PlanView() {
  const { t } = useTranslation('workshop');
  const [version, setVersion] = useState(0);
  const sheets = useLoaded(() => getWorkshopStore().listSheets(), 'sheets', version);
  const refresh = () => setVersion((v) => v + 1);
  return (
    <WorkshopScreen title={t('plan.title')}>
      <p className="lead">{t('plan.lead')}</p>
      <SheetList sheets={sheets} onChange={refresh} />
      <TemplateList />
      <NewSheetForm />
      <ImportSheet onImported={refresh} />
    </WorkshopScreen>
  );
}
