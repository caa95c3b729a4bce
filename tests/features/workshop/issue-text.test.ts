// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DECK_ISSUE_CODES, type DeckIssue } from '../../../src/domain/deck/deck-issue.ts';
import { LANGUAGES } from '../../../src/domain/language/languages.ts';
import { parseRunSheetText } from '../../../src/domain/workshop/parse-run-sheet.ts';
import { issueMessage, issuePlace } from '../../../src/features/workshop/issue-text.ts';
import { changeLanguage, initI18n } from '../../../src/i18n/init.ts';

const FIXTURES = 'tests/fixtures/run-sheets';
const t = (lang: string) => i18next.getFixedT(lang, 'workshop');

beforeAll(async () => {
  await initI18n('nb');
  await changeLanguage('nn');
  await changeLanguage('en');
  await changeLanguage('nb');
});

const PARAMS: Record<string, number | string> = {
  bytes: 300_000,
  maxBytes: 256_000,
  maxDepth: 64,
  line: 3,
  column: 7,
  expected: 'string',
  key: 'x',
  length: 12,
  max: 10,
  count: 60,
  allowed: 'a-z 0-9 -',
  min: 1,
  supported: 1,
  id: 'runde',
  firstIndex: 0,
  category: 'c',
  shown: 50,
  total: 61,
};

describe('run-sheet issue messages', () => {
  it('has a sentence for every issue code in every language, with no placeholder left', () => {
    for (const lang of LANGUAGES) {
      for (const code of DECK_ISSUE_CODES) {
        for (const path of ['', 'steps[1].id']) {
          const text = issueMessage(t(lang), { path, code, params: PARAMS }, lang);
          expect(text, `${lang} ${code}`).not.toMatch(/issues\.|\{\{|\}\}/);
          expect(text.length).toBeGreaterThan(5);
        }
      }
    }
  });

  it('says every problem of every bad fixture in words, numbers formatted for the language', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && f !== 'expected.json');
    let bad = 0;
    for (const file of files) {
      const result = parseRunSheetText(new Uint8Array(readFileSync(join(FIXTURES, file))));
      if (result.ok) continue;
      bad += 1;
      for (const issue of result.issues) {
        expect(issueMessage(t('nb'), issue, 'nb')).not.toMatch(/issues\.|\{\{/);
        expect(issuePlace(t('en'), issue)).toBe(issue.path === '' ? 'The whole file' : issue.path);
      }
    }
    expect(bad).toBeGreaterThanOrEqual(8);
    const range: DeckIssue = {
      path: 'steps[0].durationMs',
      code: 'integer-range',
      params: { min: 1000, max: 14_400_000 },
    };
    expect(issueMessage(t('nb'), range, 'nb')).toBe(
      'Skal være et helt tall fra 1\u00a0000 til 14\u00a0400\u00a0000.',
    );
    expect(issueMessage(t('en'), range, 'en')).toBe('Should be a whole number from 1,000 to 14,400,000.');
  });

  it('points a repeated id at the step that used it first, and translates type names', () => {
    const dup: DeckIssue = {
      path: 'steps[1].id',
      code: 'duplicate-id',
      params: { id: 'runde', firstIndex: 0 },
    };
    expect(issueMessage(t('nb'), dup, 'nb')).toBe(
      'Id-en «runde» er allerede brukt i steps[0]. Hver id kan bare brukes én gang.',
    );
    const type: DeckIssue = { path: 'steps', code: 'type', params: { expected: 'array' } };
    expect(issueMessage(t('nn'), type, 'nn')).toBe('Feil type: skal vere ei liste ([ … ]).');
  });
});
