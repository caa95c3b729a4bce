import { useTranslation } from 'react-i18next';
import type { DeckIssue } from '../../domain/deck/deck-issue.ts';
import { issueMessage, issuePlace } from './issue-text.ts';
import { useContentLang } from './use-content-lang.ts';

/** Every problem found in a deck: where (the path) and what is wrong, as plain text. */
export function IssueList({ issues }: { issues: readonly DeckIssue[] }) {
  const { t } = useTranslation('decks');
  const lang = useContentLang();
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => {
        const Place = issue.path === '' ? 'span' : 'code';
        return (
          <li key={i}>
            <Place className="issue-path">{issuePlace(t, issue)}</Place>:{' '}
            <span className="issue-message">{issueMessage(t, issue, lang)}</span>
          </li>
        );
      })}
    </ul>
  );
}
