import type { TFunction } from 'i18next';
import type { DeckIssue } from '../../domain/deck/deck-issue.ts';

/**
 * A file issue as one plain sentence in the `notes` namespace, prefixed with where it is
 * (`notes[2].text: …`). The text is rendered as text, never as HTML.
 */
export function issueText(t: TFunction<'notes'>, issue: DeckIssue): string {
  const values: Record<string, string | number> = {};
  // `count` would make i18next look for plural forms; messages call it `found`.
  for (const [name, value] of Object.entries(issue.params ?? {}))
    values[name === 'count' ? 'found' : name] = value;
  const key = issue.code === 'empty' && issue.path === '' ? 'issues.empty-file' : `issues.${issue.code}`;
  const message = t(key, { ...values, interpolation: { escapeValue: false } });
  return issue.path === '' ? message : `${issue.path}: ${message}`;
}
