import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IssueList } from '../../components/issue-list.tsx';
import type { DeckIssue } from '../../domain/deck/deck-issue.ts';
import { JOURNAL_LIMITS } from '../../domain/notes/journal-backup.ts';
import { parseJournalBackupText } from '../../domain/notes/parse-journal-backup.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { planJournalImport } from './import-journal.ts';

type Outcome =
  | { ok: true; file: string; entries: number; updated: number; assessments: number; unchanged: number }
  | { ok: false; file: string; issues: readonly DeckIssue[] }
  | { ok: false; file: string; storage: true };

const MAX_SHOWN = 5;

/** Restores a JSON backup: a bad file is explained and changes nothing; a good one merges in. */
export function ImportBackup() {
  const { t } = useTranslation('solo');
  const { repo } = useNotes();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const restore = async (file: File) => {
    setBusy(true);
    const name = file.name;
    try {
      // Refused before reading: a huge file must not be loaded into memory at all.
      const parsed =
        file.size > JOURNAL_LIMITS.fileBytes
          ? ({
              ok: false,
              issues: [{ path: '', code: 'too-large', params: { maxBytes: JOURNAL_LIMITS.fileBytes } }],
            } as const)
          : parseJournalBackupText(new Uint8Array(await file.arrayBuffer()));
      if (!parsed.ok) {
        setOutcome({ ok: false, file: name, issues: parsed.issues });
        return;
      }
      await repo.ready;
      const plan = planJournalImport(repo.all(), parsed.backup, (noteId) => repo.get(noteId));
      await repo.importNotes(plan.records);
      await repo.flush();
      setOutcome({
        ok: true,
        file: name,
        entries: plan.entries.added,
        updated: plan.entries.updated,
        assessments: plan.assessments.added,
        unchanged: plan.entries.unchanged + plan.assessments.unchanged,
      });
    } catch {
      setOutcome({ ok: false, file: name, storage: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="solo-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('export.restore')}</h2>
      <p className="help" id={`${id}-help`}>
        {t('export.restoreHelp')}
      </p>
      <div className="solo-field">
        <label htmlFor={id}>{t('export.file')}</label>
        <input
          id={id}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // the same file can be chosen again
            if (file) void restore(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {outcome?.ok === true && (
          <p>
            {t('export.imported', {
              file: outcome.file,
              entries: t('export.importedEntries', { count: outcome.entries }),
              updated: t('export.importedUpdated', { count: outcome.updated }),
              assessments: t('export.importedAssessments', { count: outcome.assessments }),
              unchanged: t('export.importedUnchanged', { count: outcome.unchanged }),
            })}
          </p>
        )}
      </div>
      {outcome?.ok === false && (
        <div role="alert" className="solo-error">
          <p>
            {'storage' in outcome
              ? t('export.storageFailed')
              : t('export.importFailed', { file: outcome.file })}
          </p>
          {'issues' in outcome && (
            <IssueList issues={outcome.issues.slice(0, MAX_SHOWN)} kind="journal-backup" />
          )}
        </div>
      )}
    </section>
  );
}
