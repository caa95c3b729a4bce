import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import { RUN_SHEET_LIMITS as L, type RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { updateRunSheet } from '../../domain/workshop/sheet-ops.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { withText } from './localized-edit.ts';
import { TextField } from './text-field.tsx';

type SheetFieldsProps = { sheet: RunSheet; apply: (change: (sheet: RunSheet) => RunSheet) => void };

/** The plan's title and description, edited in the language the app is shown in. */
export function SheetFields({ sheet, apply }: SheetFieldsProps) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const title = localize(sheet.title, lang);
  const description = sheet.description ? localize(sheet.description, lang) : null;
  const limit = (max: number, allowEmpty: boolean) => (value: string) => {
    if (!allowEmpty && value.trim() === '') return t('edit.titleEmpty');
    return [...value.trim()].length > max ? t('edit.tooLong', { max }) : null;
  };
  return (
    <div className="sheet-fields">
      <TextField
        key={`title-${lang}`}
        label={t('edit.titleLabel')}
        value={title.text}
        lang={title.fallback ? title.lang : undefined}
        check={limit(L.title, false)}
        onCommit={(value) => apply((s) => updateRunSheet(s, { title: withText(s.title, lang, value) }))}
      />
      <TextField
        key={`description-${lang}`}
        label={t('edit.descriptionLabel')}
        value={description?.text ?? ''}
        lang={description?.fallback ? description.lang : undefined}
        multiline
        check={limit(L.description, true)}
        onCommit={(value) =>
          apply((s) => {
            if (value.trim() === '') return updateRunSheet(s, { description: null });
            const base = s.description ?? { nb: value };
            return updateRunSheet(s, { description: withText(base, lang, value) });
          })
        }
      />
    </div>
  );
}
