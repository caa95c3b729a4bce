import type { Lang, LocalizedText } from './types.ts';

/** Languages tried, in order, for each wanted language (cards/README.md). nb is always present. */
export const FALLBACK_ORDER: Readonly<Record<Lang, readonly Lang[]>> = {
  nb: ['nb', 'nn', 'en'],
  nn: ['nn', 'nb', 'en'],
  en: ['en', 'nb', 'nn'],
};

/** The text to show for lang, the language it is really in, and whether that is a fallback. */
export interface Localized {
  readonly text: string;
  readonly lang: Lang;
  readonly fallback: boolean;
}

/** Picks text in lang, falling back nn → nb → en and en → nb → nn, so the UI can mark fallbacks. */
export function localize(text: LocalizedText, lang: Lang): Localized {
  for (const candidate of FALLBACK_ORDER[lang]) {
    const value = text[candidate];
    if (value !== undefined) return { text: value, lang: candidate, fallback: candidate !== lang };
  }
  return { text: text.nb, lang: 'nb', fallback: lang !== 'nb' };
}
