import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePickerButton } from '../../components/file-picker-button.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { localize } from '../../domain/deck/localize.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { useSheetImport, type SheetImportOutcome } from './use-sheet-import.ts';
import { workshopHref } from './workshop-route.ts';

/** Brings a run-sheet file in as a new plan; a bad file is explained in full and changes nothing. */
export function ImportSheet({ onImported }: { onImported: (sheet: RunSheet) => void }) {
  const { t } = useTranslation('workshop');
  const { outcome, importFile } = useSheetImport(onImported);
  return (
    <section className="workshop-section" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <p className="help">{t('import.help')}</p>
      <FilePickerButton
        label={t('import.choose')}
        className="button button-quiet"
        disabled={outcome.kind === 'busy'}
        onFiles={([file]) => {
          if (file) void importFile(file);
        }}
      />
      <ImportOutcome outcome={outcome} />
    </section>
  );
}

/** What came of the last import, in words; focus moves to it so it is read out at once. */
function ImportOutcome({ outcome }: { outcome: SheetImportOutcome }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (outcome.kind !== 'idle' && outcome.kind !== 'busy') heading.current?.focus();
  }, [outcome]);
  if (outcome.kind === 'idle') return null;
  if (outcome.kind === 'busy')
    return (
      <p className="workshop-outcome" aria-busy="true">
        {t('import.busy', { source: outcome.source })}
      </p>
    );
  const ok = outcome.kind === 'imported';
  return (
    <div className={ok ? 'workshop-outcome' : 'workshop-outcome workshop-outcome-failed'}>
      <h3 ref={heading} tabIndex={-1}>
        {ok
          ? t('import.imported', { title: localize(outcome.sheet.title, lang).text })
          : t('import.failed', { source: outcome.source })}
      </h3>
      {outcome.kind === 'invalid' && (
        <>
          <p>{t('import.invalid', { count: outcome.issues.length })}</p>
          <IssueList issues={outcome.issues} kind="run-sheet" />
        </>
      )}
      {outcome.kind === 'storage-failed' && <p>{t('import.storageFailed')}</p>}
      {outcome.kind === 'unreadable' && <p>{t('import.unreadable')}</p>}
      {ok && (
        <p>
          <a className="button" href={workshopHref.edit(outcome.sheet.id)}>
            {t('import.open')}
          </a>
        </p>
      )}
    </div>
  );
}
