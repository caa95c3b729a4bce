import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the UI strings live; tests read the files themselves, as a translator edits them. */
export const LOCALE_DIR = 'src/i18n/locales';

/** i18next's plural suffixes (its `_one`/`_other` style, one per CLDR plural category). */
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;

/** The namespace files, from bokmål (the reference language). */
export const namespaceFiles = (): string[] => readdirSync(join(LOCALE_DIR, 'nb')).sort();

/** A locale file as dotted key paths and their values (values are strings in a valid file). */
export function localeEntries(lang: string, file: string): [string, unknown][] {
  const flatten = (value: unknown, prefix: string): [string, unknown][] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
      : [[prefix, value]];
  return flatten(JSON.parse(readFileSync(join(LOCALE_DIR, lang, file), 'utf8')) as unknown, '');
}

/** Splits `a.b_one` into its plural base `a.b` and category `one`; null for a plain key. */
export function pluralKey(key: string): { base: string; category: Intl.LDMLPluralRule } | null {
  const match = PLURAL_KEY.exec(key);
  return match ? { base: match[1]!, category: match[2] as Intl.LDMLPluralRule } : null;
}

/** The plural bases of a list of keys, each with the categories it has forms for. */
export function pluralBases(keys: readonly string[]): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of keys) {
    const plural = pluralKey(key);
    if (plural) bases.set(plural.base, (bases.get(plural.base) ?? new Set()).add(plural.category));
  }
  return bases;
}

/** The plural categories a language's grammar needs, as the browser and i18next see them. */
export const pluralCategories = (lang: string): string[] =>
  [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
