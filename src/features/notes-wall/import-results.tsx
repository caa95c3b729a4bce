import { useTranslation } from 'react-i18next';
import { IssueList } from '../../components/issue-list.tsx';
import { hrefFor } from '../../lib/app-route.ts';
import type { FileOutcome } from './import-notes-file.ts';
import { wallQuery } from './wall-query.ts';

type ImportResultsProps = {
  outcomes: readonly FileOutcome[];
  /** On the sessions page: link each imported session's wall (planned session id by code). */
  linkWalls?: ((code: string) => string | null) | undefined;
};

const MAX_ISSUES = 3;

function Outcome({
  outcome,
  linkWalls,
}: {
  outcome: FileOutcome;
  linkWalls: ImportResultsProps['linkWalls'];
}) {
  const { t } = useTranslation('notes');
  switch (outcome.kind) {
    case 'imported': {
      const who =
        outcome.seat === null
          ? t('import.export')
          : outcome.name === null
            ? t('import.seat', { seat: outcome.seat })
            : t('import.seatName', { seat: outcome.seat, name: outcome.name });
      return (
        <>
          <p>
            {who}:{' '}
            {t('import.counts', {
              added: t('import.added', { count: outcome.added }),
              updated: t('import.updated', { count: outcome.updated }),
              unchanged: t('import.unchanged', { count: outcome.unchanged }),
            })}
          </p>
          {linkWalls && (
            <p>
              <a
                href={hrefFor(
                  '/notes',
                  wallQuery({ sessionId: linkWalls(outcome.code), code: outcome.code }),
                )}
              >
                {t('import.openWall', { code: outcome.code })}
              </a>
            </p>
          )}
        </>
      );
    }
    case 'other-session':
      return <p className="wall-error-text">{t('import.otherSession', { code: outcome.code })}</p>;
    case 'invalid':
      return (
        <>
          <p className="wall-error-text">{t('import.invalid')}</p>
          <IssueList issues={outcome.issues.slice(0, MAX_ISSUES)} kind="notes" />
        </>
      );
    case 'unreadable':
      return <p className="wall-error-text">{t('import.unreadable')}</p>;
    case 'storage-failed':
      return <p className="wall-error-text">{t('import.storageFailed')}</p>;
  }
}

/** One line per file: how many notes were new, or why the file was refused. */
export function ImportResults({ outcomes, linkWalls }: ImportResultsProps) {
  const { t } = useTranslation('notes');
  const added = outcomes.reduce((sum, o) => sum + (o.kind === 'imported' ? o.added : 0), 0);
  const refused = outcomes.filter((o) => o.kind !== 'imported').length;
  return (
    <div className="import-results">
      <div role="status">
        {outcomes.length > 0 && (
          <p className="import-summary">
            {t('import.summary', {
              files: t('import.files', { count: outcomes.length }),
              added: t('import.added', { count: added }),
              refused: t('import.refused', { count: refused }),
            })}
          </p>
        )}
      </div>
      {outcomes.length > 0 && (
        <ul className="import-files">
          {outcomes.map((outcome, i) => (
            <li key={i} className={outcome.kind === 'imported' ? 'import-ok' : 'import-refused'}>
              <p className="import-file-name">{outcome.source}</p>
              <Outcome outcome={outcome} linkWalls={linkWalls} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
