import type { TFunction } from 'i18next';
import type { DeckIssue } from '../../domain/deck/deck-issue.ts';
import type { Lang } from '../../domain/deck/types.ts';

/** The part of i18next's `t` this module needs (bound to the `workshop` namespace). */
export type Translate = TFunction<'workshop'>;

// Numbers in messages read like the rest of the text (256 000 in Norwegian, 256,000 in English).
const NUMBER_LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

/** Where the issue is: its path (`steps[2].durationMs`), or a word for the whole file. */
export function issuePlace(t: Translate, issue: DeckIssue): string {
  return issue.path === '' ? t('issues.wholeFile') : issue.path;
}

/** The message key for an issue; a few codes read differently depending on where they are. */
function messageKey(issue: DeckIssue): string {
  if (issue.code === 'empty' && issue.path === '') return 'issues.empty-file';
  if (issue.code === 'not-json' && issue.params?.line !== undefined) return 'issues.not-json-at';
  if (issue.code === 'pattern' && issue.params?.allowed === undefined) return 'issues.pattern-plain';
  if (issue.code === 'integer-range' && issue.params?.max === undefined) return 'issues.integer-min';
  return `issues.${issue.code}`;
}

/** For a repeated id: the path of the item that used it first (`steps[1].id` → `steps[0]`). */
function firstPath(issue: DeckIssue): string {
  const first = issue.params?.firstIndex;
  const list = /^(.*)\[\d+\]\.id$/.exec(issue.path)?.[1];
  return list !== undefined && typeof first === 'number' ? `${list}[${first}]` : '?';
}

/**
 * A run-sheet issue as a sentence in the user's language, its values filled in (numbers
 * formatted, type names translated). Plain text: the caller renders it as text, never as HTML.
 */
export function issueMessage(t: Translate, issue: DeckIssue, lang: Lang): string {
  const format = new Intl.NumberFormat(NUMBER_LOCALE[lang]);
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(issue.params ?? {}))
    // `count` would make i18next look for plural forms; messages call it `found`.
    values[name === 'count' ? 'found' : name] = typeof value === 'number' ? format.format(value) : value;
  if (issue.code === 'type' && typeof issue.params?.expected === 'string')
    values.expected = t(`types.${issue.params.expected}`, { defaultValue: issue.params.expected });
  if (issue.code === 'duplicate-id') values.first = firstPath(issue);
  return t(messageKey(issue), { ...values, interpolation: { escapeValue: false } });
}
