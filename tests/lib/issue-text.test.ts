import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DECK_ISSUE_CODES, type DeckIssue } from '../../src/domain/deck/deck-issue.ts';
import { parseDeckText } from '../../src/domain/deck/parse-deck.ts';
import type { Lang } from '../../src/domain/deck/types.ts';
import { INPUT_ERROR_CODES } from '../../src/domain/input/input-error.ts';
import { parseJournalBackupText } from '../../src/domain/notes/parse-journal-backup.ts';
import { parseNotesFileText } from '../../src/domain/notes/parse-notes-file.ts';
import { parseRunSheetText } from '../../src/domain/workshop/parse-run-sheet.ts';
import { issueMessage, issuePlace, type IssueFileKind } from '../../src/lib/issue-text.ts';

const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];
const KINDS: readonly IssueFileKind[] = ['deck', 'run-sheet', 'journal-backup', 'notes'];
const i18n = i18next.createInstance();
const locale = (lang: Lang) =>
  JSON.parse(readFileSync(`src/i18n/locales/${lang}/issues.json`, 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  // No fallback language: a key missing in nn or en shows up as the key, and the tests see it.
  await i18n.init({
    resources: Object.fromEntries(LANGS.map((lang) => [lang, { issues: locale(lang) }])),
    lng: 'nb',
    fallbackLng: false,
    ns: ['issues'],
    defaultNS: 'issues',
    interpolation: { escapeValue: false },
  });
});

const t = (lang: Lang) => i18n.getFixedT(lang, 'issues');
const message = (issue: DeckIssue, lang: Lang = 'nb', kind: IssueFileKind = 'deck') =>
  issueMessage(t(lang), issue, lang, kind);
const LEFTOVER = /\{\{|\}\}|^wrong-type-tag|^types\.|^[a-z-]+$/;

const deckFixture = (name: string) => {
  const result = parseDeckText(new Uint8Array(readFileSync(`tests/fixtures/decks/${name}`)));
  if (result.ok) throw new Error(`${name} should be refused`);
  return result.issues;
};

/** Every value any issue may carry, so no message is left with a placeholder. */
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
  doc: 'kilde',
  value: 'leaders',
  shown: 50,
  total: 61,
};

describe('issueMessage', () => {
  it('has a message for every deck issue and input error code, in every language and for every file', () => {
    for (const code of [...DECK_ISSUE_CODES, ...INPUT_ERROR_CODES]) {
      for (const lang of LANGS) {
        for (const kind of KINDS) {
          const bare = message({ path: 'cards[0].text', code }, lang, kind);
          expect(bare, `${lang} ${kind}: ${code}`).not.toMatch(/^[a-z-]+(\.[a-z-]+)?$/);
          expect(bare.length, `${lang} ${kind}: ${code}`).toBeGreaterThan(5);
          for (const path of ['', 'steps[1].id']) {
            const full = message({ path, code, params: PARAMS }, lang, kind);
            expect(full, `${lang} ${kind}: ${code}`).not.toMatch(LEFTOVER);
          }
        }
      }
    }
  });

  it('fills in the values of every issue in the bad-deck corpus, leaving no placeholder behind', () => {
    const { cases } = JSON.parse(readFileSync('tests/fixtures/decks/expected.json', 'utf8')) as {
      cases: Record<string, { valid?: boolean; generated?: boolean }>;
    };
    const names = Object.entries(cases)
      .filter(([, c]) => !c.valid && !c.generated)
      .map(([name]) => name);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      for (const issue of deckFixture(name)) {
        for (const lang of LANGS) {
          expect(message(issue, lang), `${name} ${lang}`).not.toMatch(LEFTOVER);
        }
      }
    }
  });

  it('says every problem of every bad run-sheet, journal and notes fixture in words', () => {
    const corpora = [
      ['tests/fixtures/run-sheets', 'run-sheet', parseRunSheetText],
      ['tests/fixtures/journals', 'journal-backup', parseJournalBackupText],
      ['tests/fixtures/hand-ins', 'notes', parseNotesFileText],
    ] as const;
    for (const [dir, kind, parse] of corpora) {
      let bad = 0;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json')) {
        const result = parse(new Uint8Array(readFileSync(join(dir, file))));
        if (result.ok) continue;
        bad += 1;
        for (const issue of result.issues)
          for (const lang of LANGS)
            expect(message(issue, lang, kind), `${file} ${lang}`).not.toMatch(LEFTOVER);
      }
      expect(bad, dir).toBeGreaterThanOrEqual(1);
    }
  });

  it('reads naturally for the common cases', () => {
    expect(message({ path: 'cards[12].text.nn', code: 'required' })).toBe(
      'Mangler. Dette feltet må være med.',
    );
    expect(message({ path: 'cards[12].text.nn', code: 'required' }, 'nn')).toBe(
      'Manglar. Dette feltet må vere med.',
    );
    expect(message({ path: 'version', code: 'type', params: { expected: 'number' } }, 'en')).toBe(
      'Wrong type: should be a number.',
    );
    expect(message({ path: 'steps', code: 'type', params: { expected: 'array' } }, 'nn')).toBe(
      'Feil type: skal vere ei liste ([ … ]).',
    );
    expect(
      message({ path: 'cards[3].id', code: 'duplicate-id', params: { id: 'x-001', firstIndex: 1 } }, 'nn'),
    ).toBe('Id-en «x-001» er allereie brukt i cards[1]. Kvar id kan berre brukast éin gong.');
    expect(
      message({ path: 'steps[1].id', code: 'duplicate-id', params: { id: 'runde', firstIndex: 0 } }),
    ).toBe('Id-en «runde» er allerede brukt i steps[0]. Hver id kan bare brukes én gang.');
    expect(message({ path: '', code: 'empty' })).toBe('Fila er tom.');
    expect(message({ path: 'cards', code: 'empty' })).toBe('Er tom. Her må det stå noe.');
  });

  it('says which kind of file was expected when the type tag is wrong', () => {
    const issue: DeckIssue = { path: 'type', code: 'wrong-type-tag', params: { expected: 'x' } };
    expect(message(issue, 'nb', 'deck')).toBe('Fila er ikke en kortstokk: «type» skal være «x».');
    expect(message(issue, 'nb', 'run-sheet')).toBe('Fila er ikke en kjøreplan: «type» skal være «x».');
    expect(message(issue, 'nb', 'journal-backup')).toBe(
      'Dette er ikke en sikkerhetskopi av en refleksjonslogg.',
    );
    expect(message(issue, 'nb', 'notes')).toBe('Fila er ikke en notatfil fra Kortstokk.');
  });

  it('gives a range, or only the lower bound when there is no real upper one', () => {
    const range: DeckIssue = {
      path: 'steps[0].durationMs',
      code: 'integer-range',
      params: { min: 1000, max: 14_400_000 },
    };
    expect(message(range, 'nb')).toBe('Skal være et helt tall fra 1\u00a0000 til 14\u00a0400\u00a0000.');
    expect(message(range, 'en')).toBe('Should be a whole number from 1,000 to 14,400,000.');
    const unbounded: DeckIssue = {
      path: 'version',
      code: 'integer-range',
      params: { min: 1, max: Number.MAX_SAFE_INTEGER },
    };
    expect(message(unbounded, 'nb')).toBe('Skal være et helt tall, minst 1.');
  });

  it('explains the id characters, and lists the allowed values of anything else', () => {
    expect(message({ path: 'id', code: 'pattern', params: { allowed: 'a-z 0-9 -' } }, 'en')).toBe(
      'Has characters that are not allowed. Use only a-z 0-9 - (lower-case letters without accents, digits and hyphens).',
    );
    expect(message({ path: 'format', code: 'pattern', params: { allowed: 'plain, speed-date' } }, 'en')).toBe(
      'Not a valid value. Allowed: plain, speed-date.',
    );
  });

  it('formats numbers for the language and does not pluralise on a `count` value', () => {
    const tooLarge: DeckIssue = {
      path: '',
      code: 'too-large',
      params: { maxBytes: 1_000_000, bytes: 1_234_567 },
    };
    expect(message(tooLarge, 'en')).toBe(
      'The file is too big: 1,234,567 bytes. It may be at most 1,000,000 bytes (1 MB).',
    );
    expect(message(tooLarge, 'nb').replace(/\s/g, ' ')).toContain('1 234 567 byte');
    const sheetTooLarge: DeckIssue = {
      path: '',
      code: 'too-large',
      params: { maxBytes: 256_000, bytes: 300_000 },
    };
    expect(message(sheetTooLarge, 'en', 'run-sheet')).toContain('(256 kB)');
    const sizeOnly: DeckIssue = { path: '', code: 'too-large', params: { maxBytes: 5_000_000 } };
    expect(message(sizeOnly, 'en', 'journal-backup')).toBe(
      'The file is too big. It may be at most 5,000,000 bytes (5 MB).',
    );
    const tooMany: DeckIssue = { path: 'cards', code: 'too-many', params: { max: 2000, count: 100_000 } };
    expect(message(tooMany, 'en')).toBe('Too many: 100,000, but at most 2,000 are allowed.');
  });

  it('gives the line and column of broken JSON when the engine tells them', () => {
    const at: DeckIssue = { path: '', code: 'not-json', params: { line: 3, column: 7 } };
    expect(message(at)).toBe('Dette er ikke gyldig JSON: feil på linje 3, tegn 7.');
    expect(message({ path: '', code: 'not-json' })).toBe('Dette er ikke gyldig JSON.');
  });

  it('keeps hostile keys as plain text', () => {
    const issue: DeckIssue = { path: '__proto__', code: 'unknown-key', params: { key: '<b>__proto__</b>' } };
    expect(message(issue)).toBe('Ukjent felt «<b>__proto__</b>». Fjern det, eller rett skrivefeilen.');
  });
});

describe('issuePlace', () => {
  it('shows the path, or a word for the whole file', () => {
    expect(issuePlace(t('nn'), { path: 'cards[12].text.nn', code: 'required' })).toBe('cards[12].text.nn');
    expect(issuePlace(t('nn'), { path: '', code: 'utf16' })).toBe('Heile fila');
    expect(issuePlace(t('en'), { path: '', code: 'utf16' })).toBe('The whole file');
  });
});
