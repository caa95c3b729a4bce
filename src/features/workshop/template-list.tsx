import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { runSheetFromTemplate } from '../../domain/workshop/sheet-ops.ts';
import { TEMPLATES } from '../../domain/workshop/templates.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { useAppStore } from '../../store/store.ts';
import { stepTimeText } from './duration-text.ts';
import { navigate } from '../../lib/app-route.ts';
import { newId } from '../../lib/new-id.ts';
import { TotalTime } from './total-time.tsx';
import { workshopHref } from './workshop-route.ts';

async function copyTemplate(template: RunSheet) {
  const sheet = runSheetFromTemplate(template, newId());
  try {
    await getWorkshopStore().putSheet(sheet, Date.now());
  } catch {
    useAppStore
      .getState()
      .showNotice({ id: 'workshop-save', key: 'workshop:notice.saveFailed', tone: 'error' });
    return;
  }
  navigate(workshopHref.edit(sheet.id));
}

/** The built-in templates; «Bruk malen» makes the facilitator's own editable copy and opens it. */
export function TemplateList() {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  return (
    <section className="workshop-section" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('templates.heading')}</h2>
      <p className="help">{t('templates.help')}</p>
      <ul className="workshop-templates">
        {TEMPLATES.map((template) => {
          const title = localize(template.title, lang).text;
          return (
            <li key={template.id} className="workshop-sheet">
              <h3>{title}</h3>
              {template.description && <p>{localize(template.description, lang).text}</p>}
              <ol className="workshop-template-steps">
                {template.steps.map((step) => (
                  <li key={step.id}>
                    {t(`format.${step.format}.name`)} · {stepTimeText(t, step)}
                  </li>
                ))}
              </ol>
              <p className="workshop-meta">
                {t('plan.total')} <TotalTime sheet={template} />
              </p>
              <button type="button" className="button" onClick={() => void copyTemplate(template)}>
                {t('templates.use')}
                <span className="visually-hidden"> «{title}»</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
