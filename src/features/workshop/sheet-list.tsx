import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { SheetListItem } from './sheet-list-item.tsx';
import type { Loaded } from './use-loaded.ts';
import { Loading } from './workshop-screen.tsx';

type SheetListProps = { sheets: Loaded<RunSheet[]>; onChange: () => void };

/** The facilitator's own run-sheets on this device, by title. */
export function SheetList({ sheets, onChange }: SheetListProps) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'nb');
  const sorted =
    sheets.status === 'ready'
      ? [...sheets.value].sort((a, b) =>
          collator.compare(localize(a.title, lang).text, localize(b.title, lang).text),
        )
      : [];
  return (
    <section className="workshop-section" aria-labelledby="sheets-heading">
      <h2 id="sheets-heading" tabIndex={-1}>
        {t('plan.yours')}
      </h2>
      {sheets.status === 'loading' && <Loading />}
      {sheets.status === 'failed' && <p className="workshop-error">{t('plan.readFailed')}</p>}
      {sheets.status === 'ready' && sorted.length === 0 && <p>{t('plan.noneYet')}</p>}
      {sorted.length > 0 && (
        <ul className="workshop-sheets">
          {sorted.map((sheet) => (
            <SheetListItem key={sheet.id} sheet={sheet} onChange={onChange} />
          ))}
        </ul>
      )}
    </section>
  );
}
