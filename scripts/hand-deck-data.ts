// What the hand's pre-paint needs of a built-in deck in one language: the file as it is, with
// every text reduced to the one the app shows in that language (src/domain/deck/localize.ts picks
// it, falling back as the app does). Ids, categories, audiences and versions stay, so the deal is
// the app's (tests/boot/hand-deck-data.test.ts). Bokmål, which every text has and the
// pre-paint's reader requires, is kept empty when the text shown is in another language: the
// fallback order never reaches it then.
import { localize } from '../src/domain/deck/localize.ts';
import type { LocalizedText } from '../src/domain/deck/types.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../src/domain/language/languages.ts';

const isLocalizedText = (value: object): value is LocalizedText => {
  const entries = Object.entries(value);
  return (
    typeof (value as Record<string, unknown>)[DEFAULT_LANGUAGE] === 'string' &&
    entries.every(([key, text]) => (LANGUAGES as readonly string[]).includes(key) && typeof text === 'string')
  );
};

/** A parsed deck file with each text only in the language the app shows it in for `lang`. */
export function handDeckData(deck: unknown, lang: Language): unknown {
  if (Array.isArray(deck)) return deck.map((item) => handDeckData(item, lang));
  if (typeof deck !== 'object' || deck === null) return deck;
  if (isLocalizedText(deck)) {
    const shown = localize(deck, lang);
    return shown.lang === DEFAULT_LANGUAGE ? { nb: shown.text } : { nb: '', [shown.lang]: shown.text };
  }
  return Object.fromEntries(Object.entries(deck).map(([key, value]) => [key, handDeckData(value, lang)]));
}
