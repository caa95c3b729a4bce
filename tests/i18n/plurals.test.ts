// @vitest-environment jsdom
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/domain/language/languages.ts';
import { changeLanguage, initI18n } from '../../src/i18n/init.ts';
import { localeEntries, namespaceFiles, pluralBases, pluralKey } from './locale-files.ts';

const COUNTS = [0, 1, 2] as const;

beforeAll(async () => {
  await initI18n('nb');
  for (const lang of LANGUAGES) await changeLanguage(lang);
});

/** A plural form filled in by hand: {{count}} and every other placeholder as «name». */
const fill = (form: string, count: number) =>
  form.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name === 'count' ? String(count) : `«${name}»`));
const fillers = (form: string) =>
  Object.fromEntries([...form.matchAll(/\{\{(\w+)\}\}/g)].map((m) => [m[1], `«${m[1]}»`]));

// Words that only a plural can take, so a singular form («_one») with one of them next to its
// number is a slip like «1 nye notater». These are the nouns and adjectives the UI counts; add new
// ones here. (Case matters: «Cards: 1 card» is a heading and a count.)
const PLURAL_ONLY: Record<Language, RegExp> = {
  nb: /\b(nye|notater|filer|kategorier|kortstokker|innebygde|skjulte|oppdaterte|avviste|egenvurderinger|runder|rundene|minutter|uker|deltakere|plasser|plassene|feilene|alle|Alle)\b/u,
  nn: /\b(nye|filer|lesne|kategoriar|kortstokkar|innebygde|skjulte|oppdaterte|avviste|eigenvurderingar|rundar|rundane|veker|deltakarar|plassar|plassane|valde|feila|alle|Alle)\b/u,
  en: /\b(notes|files|cards|categories|decks|steps|errors|problems|answers|self-assessments|rounds|minutes|weeks|participants|seats|match|are|all|All)\b/u,
};

/** The word before a form's number and the two after it: where the grammar of a count lives. */
const aroundCount = (form: string) => /(\S+\s+)?\{\{count\}\}(\s+\S+){0,2}/u.exec(form)?.[0] ?? '';

describe('counts in every language (i18next plurals)', () => {
  for (const file of namespaceFiles()) {
    const ns = file.replace(/\.json$/, '');
    const bases = [...pluralBases(localeEntries('nb', file).map(([k]) => k)).keys()];
    for (const lang of LANGUAGES) {
      const forms = Object.fromEntries(localeEntries(lang, file)) as Record<string, string>;
      for (const base of bases) {
        it(`${lang}/${ns}: ${base} takes the form the language's plural rules ask for, for 0, 1 and 2`, () => {
          const rules = new Intl.PluralRules(lang);
          for (const count of COUNTS) {
            const form = forms[`${base}_${rules.select(count)}`];
            expect(form, `${base}_${rules.select(count)}`).toBeDefined();
            const shown = i18next.getFixedT(lang, ns)(base, { ...fillers(form!), count });
            expect(shown, `${lang} ${count}`).toBe(fill(form!, count));
            expect(shown).toMatch(new RegExp(`(^|\\D)${count}(\\D|$)`));
          }
        });
      }
      it(`${lang}/${ns}: no singular form puts a plural word next to its number`, () => {
        for (const [key, value] of Object.entries(forms)) {
          if (pluralKey(key)?.category === 'one')
            expect(aroundCount(value), `${lang}/${ns}: ${key}`).not.toMatch(PLURAL_ONLY[lang]);
        }
      });
    }
  }

  it('knows nynorsk’s own plural rules (not a fallback to some other locale)', () => {
    const rules = new Intl.PluralRules('nn').resolvedOptions();
    expect(rules.locale).toBe('nn');
    expect(rules.pluralCategories.sort()).toEqual(['one', 'other']);
  });

  // The grammar, spelled out for the counts people see most (import results, decks, journal,
  // planner): what a reader should see for 0, 1 and 2.
  const EXPECTED: [ns: string, key: string, Record<Language, [string, string, string]>][] = [
    [
      'notes',
      'import.added',
      {
        nb: ['0 nye notater', '1 nytt notat', '2 nye notater'],
        nn: ['0 nye notat', '1 nytt notat', '2 nye notat'],
        en: ['0 new notes', '1 new note', '2 new notes'],
      },
    ],
    [
      'notes',
      'import.updated',
      {
        nb: ['0 oppdaterte', '1 oppdatert', '2 oppdaterte'],
        nn: ['0 oppdaterte', '1 oppdatert', '2 oppdaterte'],
        en: ['0 updated', '1 updated', '2 updated'],
      },
    ],
    [
      'notes',
      'import.files',
      {
        nb: ['0 filer lest', '1 fil lest', '2 filer lest'],
        nn: ['0 filer lesne', '1 fil lesen', '2 filer lesne'],
        en: ['0 files read', '1 file read', '2 files read'],
      },
    ],
    [
      'notes',
      'index.notes',
      {
        nb: ['0 notater', '1 notat', '2 notater'],
        nn: ['0 notat', '1 notat', '2 notat'],
        en: ['0 notes', '1 note', '2 notes'],
      },
    ],
    [
      'solo',
      'export.importedEntries',
      {
        nb: ['0 nye svar', '1 nytt svar', '2 nye svar'],
        nn: ['0 nye svar', '1 nytt svar', '2 nye svar'],
        en: ['0 new answers', '1 new answer', '2 new answers'],
      },
    ],
    [
      'solo',
      'export.importedAssessments',
      {
        nb: ['0 nye egenvurderinger', '1 ny egenvurdering', '2 nye egenvurderinger'],
        nn: ['0 nye eigenvurderingar', '1 ny eigenvurdering', '2 nye eigenvurderingar'],
        en: ['0 new self-assessments', '1 new self-assessment', '2 new self-assessments'],
      },
    ],
    [
      'solo',
      'silence.minutes',
      {
        nb: ['0 minutter', '1 minutt', '2 minutter'],
        nn: ['0 minutt', '1 minutt', '2 minutt'],
        en: ['0 minutes', '1 minute', '2 minutes'],
      },
    ],
    [
      'solo',
      'lookBack.ago',
      {
        nb: ['0 uker siden', '1 uke siden', '2 uker siden'],
        nn: ['0 veker sidan', '1 veke sidan', '2 veker sidan'],
        en: ['0 weeks ago', '1 week ago', '2 weeks ago'],
      },
    ],
    [
      'decks',
      'deck.categoryCount',
      {
        nb: ['0 kategorier', '1 kategori', '2 kategorier'],
        nn: ['0 kategoriar', '1 kategori', '2 kategoriar'],
        en: ['0 categories', '1 category', '2 categories'],
      },
    ],
    [
      'decks',
      'deck.cardCount',
      {
        nb: ['0 kort', '1 kort', '2 kort'],
        nn: ['0 kort', '1 kort', '2 kort'],
        en: ['0 cards', '1 card', '2 cards'],
      },
    ],
    [
      'workshop',
      'plan.steps',
      {
        nb: ['0 steg', '1 steg', '2 steg'],
        nn: ['0 steg', '1 steg', '2 steg'],
        en: ['0 steps', '1 step', '2 steps'],
      },
    ],
  ];
  for (const [ns, key, byLang] of EXPECTED) {
    for (const lang of LANGUAGES) {
      it(`${lang}/${ns}: ${key} reads ${byLang[lang].join(' / ')}`, () => {
        expect(COUNTS.map((count) => i18next.getFixedT(lang, ns)(key, { count }))).toEqual(byLang[lang]);
      });
    }
  }

  it('puts the import summary together in the right forms', () => {
    const t = i18next.getFixedT('nb', 'notes');
    const summary = (files: number, added: number, refused: number) =>
      t('import.summary', {
        files: t('import.files', { count: files }),
        added: t('import.added', { count: added }),
        refused: t('import.refused', { count: refused }),
      });
    expect(summary(2, 1, 0)).toBe('2 filer lest: 1 nytt notat, 0 avviste.');
    expect(summary(1, 2, 1)).toBe('1 fil lest: 2 nye notater, 1 avvist.');
  });
});
