import { useTranslation } from 'react-i18next';
import type { DeckIssue } from '../../domain/deck/deck-issue.ts';
import { issueMessage, issuePlace } from './issue-text.ts';
import { useContentLang } from './use-content-lang.ts';

/** Every problem found in a run-sheet file: where (the path) and what is wrong, as plain text. */
export function IssueList({ issues }: { issues: readonly DeckIssue[] }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  return (
    <ul className="workshop-issues">
      {issues.map((issue, i) => {
        const Place = issue.path === '' ? 'span' : 'code';
        return (
          <li key={i}>
            <Place className="workshop-issue-path">{issuePlace(t, issue)}</Place>:{' '}
            <span>{issueMessage(t, issue, lang)}</span>
          </li>
        );
      })}
    </ul>
  );
}
