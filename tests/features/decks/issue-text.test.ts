import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DECK_ISSUE_CODES, type DeckIssue } from '../../../src/domain/deck/deck-issue.ts';
import { parseDeckText } from '../../../src/domain/deck/parse-deck.ts';
import type { Lang } from '../../../src/domain/deck/types.ts';
import { INPUT_ERROR_CODES } from '../../../src/domain/input/input-error.ts';
import { issueMessage, issuePlace } from '../../../src/features/decks/issue-text.ts';

const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];
const i18n = i18next.createInstance();
const locale = (lang: Lang) =>
  JSON.parse(readFileSync(`src/i18n/locales/${lang}/decks.json`, 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  await i18n.init({
    resources: Object.fromEntries(LANGS.map((lang) => [lang, { decks: locale(lang) }])),
    lng: 'nb',
    fallbackLng: false,
    ns: ['decks'],
    defaultNS: 'decks',
    interpolation: { escapeValue: false },
  });
});

const message = (issue: DeckIssue, lang: Lang = 'nb') =>
  issueMessage(i18n.getFixedT(lang, 'decks'), issue, lang);
const fixture = (name: string) => {
  const result = parseDeckText(new Uint8Array(readFileSync(`tests/fixtures/decks/${name}`)));
  if (result.ok) throw new Error(`${name} should be refused`);
  return result.issues;
};

describe('issueMessage', () => {
  it('has a message for every deck issue and input error code, in every language', () => {
    for (const code of [...DECK_ISSUE_CODES, ...INPUT_ERROR_CODES]) {
      for (const lang of LANGS) {
        const text = message({ path: 'cards[0].text', code }, lang);
        expect(text, `${lang}: ${code}`).not.toContain(`issues.`);
        expect(text.length, `${lang}: ${code}`).toBeGreaterThan(5);
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
      for (const issue of fixture(name)) {
        for (const lang of LANGS) {
          const text = message(issue, lang);
          expect(text, `${name} ${lang}`).not.toMatch(/\{\{|\}\}|issues\.|types\./);
        }
      }
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
    expect(
      message({ path: 'cards[3].id', code: 'duplicate-id', params: { id: 'x-001', firstIndex: 1 } }, 'nn'),
    ).toBe('Id-en «x-001» er allereie brukt i cards[1]. Kvar id kan berre brukast éin gong.');
    expect(message({ path: '', code: 'empty' })).toBe('Fila er tom.');
    expect(message({ path: 'cards', code: 'empty' })).toBe('Er tom. Her må det stå noe.');
  });

  it('formats numbers for the language and does not pluralise on a `count` value', () => {
    const tooLarge: DeckIssue = {
      path: '',
      code: 'too-large',
      params: { maxBytes: 1_000_000, bytes: 1_234_567 },
    };
    expect(message(tooLarge, 'en')).toContain('1,234,567 bytes');
    expect(message(tooLarge, 'nb').replace(/\s/g, ' ')).toContain('1 234 567 byte');
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
    const t = i18n.getFixedT('nn', 'decks');
    expect(issuePlace(t, { path: 'cards[12].text.nn', code: 'required' })).toBe('cards[12].text.nn');
    expect(issuePlace(t, { path: '', code: 'utf16' })).toBe('Heile fila');
  });
});
