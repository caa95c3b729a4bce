/** The UI languages, default first. Card text has the same three (see cards/README.md). */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

/** True when value is one of the supported UI languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Maps the browser's language tags (its preferred-languages list) to a UI language, first match wins.
 * `no` and `nb-*` are bokmål, `nn-*` nynorsk, `en-*` English; Chromium reports nynorsk as
 * `nn` and some systems send plain `no` for Norwegian, so those are mapped explicitly.
 */
export function matchLanguage(tags: readonly string[]): Language | null {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'nn') return 'nn';
    if (primary === 'en') return 'en';
  }
  return null;
}
