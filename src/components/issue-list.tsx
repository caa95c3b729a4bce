import { useTranslation } from 'react-i18next';
import type { DeckIssue } from '../domain/deck/deck-issue.ts';
import { useContentLang } from '../hooks/use-content-lang.ts';
import { issueMessage, issuePlace, type IssueFileKind } from '../lib/issue-text.ts';
import './issue-list.css';

/** Every problem found in an imported file: where (the path) and what is wrong, as plain text. */
export function IssueList({ issues, kind }: { issues: readonly DeckIssue[]; kind: IssueFileKind }) {
  const { t } = useTranslation('issues');
  const lang = useContentLang();
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => {
        const Place = issue.path === '' ? 'span' : 'code';
        return (
          <li key={i}>
            <Place className="issue-path">{issuePlace(t, issue)}</Place>:{' '}
            <span className="issue-message">{issueMessage(t, issue, lang, kind)}</span>
          </li>
        );
      })}
    </ul>
  );
}
