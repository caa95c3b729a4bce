import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/language/languages.ts';

const DIR = 'src/i18n/locales';

/** Flattens a nested locale object into dotted key paths. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const load = (lang: string, file: string) =>
  JSON.parse(readFileSync(join(DIR, lang, file), 'utf8')) as unknown;
const leaves = (value: unknown): [string, unknown][] =>
  keys(value).map((k) => [
    k,
    k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], value),
  ]);

describe('locales', () => {
  const namespaces = readdirSync(join(DIR, 'nb')).sort();

  it('have the same namespace files in every language', () => {
    for (const lang of LANGUAGES) expect(readdirSync(join(DIR, lang)).sort(), lang).toEqual(namespaces);
  });

  for (const ns of namespaces) {
    it(`${ns}: every language has exactly the keys the others have`, () => {
      const reference = keys(load('nb', ns)).sort();
      for (const lang of LANGUAGES) expect(keys(load(lang, ns)).sort(), `${lang}/${ns}`).toEqual(reference);
    });

    it(`${ns}: no string is empty, and the same {{placeholders}} are used everywhere`, () => {
      const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      const nb = Object.fromEntries(leaves(load('nb', ns)));
      for (const lang of LANGUAGES) {
        for (const [key, value] of leaves(load(lang, ns))) {
          expect(typeof value === 'string' && value.trim().length > 0, `${lang}/${ns}: ${key}`).toBe(true);
          expect(placeholders(value), `${lang}/${ns}: ${key}`).toEqual(placeholders(nb[key]));
        }
      }
    });
  }

  it('nynorsk is not bokmål copied: most texts differ', () => {
    let same = 0;
    let total = 0;
    for (const ns of namespaces) {
      const nb = Object.fromEntries(leaves(load('nb', ns)));
      for (const [key, value] of leaves(load('nn', ns))) {
        total += 1;
        if (value === nb[key] && String(value).split(' ').length > 3) same += 1;
      }
    }
    expect(same / total).toBeLessThan(0.1);
  });
});
