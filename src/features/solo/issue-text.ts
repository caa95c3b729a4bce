import type { TFunction } from 'i18next';
import type { DeckIssue } from '../../domain/deck/deck-issue.ts';

const KNOWN = new Set([
  'empty',
  'too-large',
  'utf16',
  'not-utf8',
  'too-deep',
  'not-json',
  'wrong-type-tag',
  'unknown-format',
  'required',
  'type',
  'unknown-key',
  'too-long',
  'too-many',
  'pattern',
  'integer-range',
  'duplicate-id',
  'too-many-issues',
]);

/** A problem with a backup file as a plain sentence (the caller renders it as text). */
export function issueText(t: TFunction<'solo'>, issue: DeckIssue): string {
  const path = issue.path === '' ? t('issues.wholeFile') : issue.path;
  const key = KNOWN.has(issue.code) ? issue.code : 'other';
  return t(`issues.${key}`, { ...issue.params, path, interpolation: { escapeValue: false } });
}
