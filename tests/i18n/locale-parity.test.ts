import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/language/languages.ts';
import {
  LOCALE_DIR,
  localeEntries,
  namespaceFiles,
  pluralBases,
  pluralCategories,
  pluralKey,
} from './locale-files.ts';

const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The keys that are not plural forms. */
const plainKeys = (keys: readonly string[]) => keys.filter((k) => pluralKey(k) === null).sort();

describe('locales', () => {
  const namespaces = namespaceFiles();

  it('have the same namespace files in every language', () => {
    for (const lang of LANGUAGES)
      expect(readdirSync(join(LOCALE_DIR, lang)).sort(), lang).toEqual(namespaces);
  });

  for (const ns of namespaces) {
    // Plural forms are compared by their base key: a language has the forms its own grammar
    // needs (Intl.PluralRules, as i18next uses it), which need not be the forms bokmål has.
    it(`${ns}: every language has exactly the keys the others have, and the plural forms its grammar needs`, () => {
      const reference = localeEntries('nb', ns).map(([k]) => k);
      for (const lang of LANGUAGES) {
        const keys = localeEntries(lang, ns).map(([k]) => k);
        expect(plainKeys(keys), `${lang}/${ns}`).toEqual(plainKeys(reference));
        const bases = pluralBases(keys);
        expect([...bases.keys()].sort(), `${lang}/${ns} plural keys`).toEqual(
          [...pluralBases(reference).keys()].sort(),
        );
        for (const [base, categories] of bases)
          expect([...categories].sort(), `${lang}/${ns}: ${base}`).toEqual(pluralCategories(lang));
      }
    });

    it(`${ns}: no string is empty, and the same {{placeholders}} are used everywhere`, () => {
      const nb = Object.fromEntries(localeEntries('nb', ns));
      const nbValue = (key: string) => {
        const plural = pluralKey(key);
        return plural ? nb[`${plural.base}_other`] : nb[key];
      };
      for (const lang of LANGUAGES) {
        for (const [key, value] of localeEntries(lang, ns)) {
          expect(typeof value === 'string' && value.trim().length > 0, `${lang}/${ns}: ${key}`).toBe(true);
          expect(placeholders(value), `${lang}/${ns}: ${key}`).toEqual(placeholders(nbValue(key)));
        }
      }
    });

    it(`${ns}: every plural form shows its number ({{count}})`, () => {
      for (const lang of LANGUAGES) {
        for (const [key, value] of localeEntries(lang, ns)) {
          if (pluralKey(key)) expect(String(value), `${lang}/${ns}: ${key}`).toContain('{{count}}');
        }
      }
    });
  }

  it('nynorsk is not bokmål copied: most texts differ', () => {
    let same = 0;
    let total = 0;
    for (const ns of namespaces) {
      const nb = Object.fromEntries(localeEntries('nb', ns));
      for (const [key, value] of localeEntries('nn', ns)) {
        total += 1;
        if (value === nb[key] && String(value).split(' ').length > 3) same += 1;
      }
    }
    expect(same / total).toBeLessThan(0.1);
  });
});
