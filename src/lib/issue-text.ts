import type { TFunction } from 'i18next';
import type { DeckIssue } from '../domain/deck/deck-issue.ts';
import type { Lang } from '../domain/deck/types.ts';

/** i18next's `t`, bound to the shared `issues` namespace. */
export type IssueTranslate = TFunction<'issues'>;

/** What kind of file was read: only the «this is not a …» message depends on it. */
export type IssueFileKind = 'deck' | 'run-sheet' | 'journal-backup' | 'notes';

// Numbers in messages read like the rest of the text (1 000 000 in Norwegian, 1,000,000 in English).
const NUMBER_LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

// The id characters of decks, run-sheets and steps; their message explains them in words.
const ID_ALLOWED = 'a-z 0-9 -';

/** Where the issue is: its path (`cards[12].text.nn`), or a word for the whole file. */
export function issuePlace(t: IssueTranslate, issue: DeckIssue): string {
  return issue.path === '' ? t('wholeFile') : issue.path;
}

/** The message key for an issue; a few codes read differently depending on their values. */
function messageKey(issue: DeckIssue, kind: IssueFileKind): string {
  const params = issue.params ?? {};
  switch (issue.code) {
    case 'empty':
      return issue.path === '' ? 'empty-file' : 'empty';
    case 'too-large':
      // A file refused by its size alone was never read, so only the limit is known.
      return params.bytes === undefined ? 'too-large-max' : 'too-large';
    case 'not-json':
      return params.line === undefined ? 'not-json' : 'not-json-at';
    case 'pattern':
      if (params.allowed === undefined) return 'pattern-plain';
      return params.allowed === ID_ALLOWED ? 'pattern-id' : 'pattern';
    case 'integer-range':
      // Decks give MAX_SAFE_INTEGER as the upper bound, which means "no limit" to a reader.
      return typeof params.max === 'number' && params.max < Number.MAX_SAFE_INTEGER
        ? 'integer-range'
        : 'integer-min';
    case 'wrong-type-tag':
      return `wrong-type-tag.${kind}`;
    default:
      return issue.code;
  }
}

/** For a repeated id: the path of the item that used it first (`cards[1].id` → `cards[0]`). */
function firstPath(issue: DeckIssue): string {
  const first = issue.params?.firstIndex;
  const list = /^(.*)\[\d+\]\.id$/.exec(issue.path)?.[1];
  return list !== undefined && typeof first === 'number' ? `${list}[${first}]` : '?';
}

/** A byte limit in words a person knows: 1 MB, 256 kB. */
function sizeLabel(bytes: number, locale: string): string {
  const mega = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(mega ? bytes / 1_000_000 : bytes / 1000);
}

/**
 * An issue of an imported file as a sentence in the user's language, its values filled in
 * (numbers formatted, type names translated). Plain text: the caller renders it as text.
 */
export function issueMessage(t: IssueTranslate, issue: DeckIssue, lang: Lang, kind: IssueFileKind): string {
  const locale = NUMBER_LOCALE[lang];
  const format = new Intl.NumberFormat(locale);
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(issue.params ?? {}))
    // `count` would make i18next look for plural forms; messages call it `found`.
    values[name === 'count' ? 'found' : name] = typeof value === 'number' ? format.format(value) : value;
  if (issue.code === 'type' && typeof issue.params?.expected === 'string')
    values.expected = t(`types.${issue.params.expected}`, { defaultValue: issue.params.expected });
  if (issue.code === 'too-large' && typeof issue.params?.maxBytes === 'number')
    values.size = sizeLabel(issue.params.maxBytes, locale);
  if (issue.code === 'duplicate-id') values.first = firstPath(issue);
  return t(messageKey(issue, kind), { ...values, interpolation: { escapeValue: false } });
}
