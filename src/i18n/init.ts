import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language } from '../domain/language/languages.ts';

type Bundle = Record<string, unknown>;

// Only the bokmål strings of the shell (`common`) ship in the main chunk, so the first screen
// never waits for text. Every other namespace, and every string in nynorsk and English, is its
// own small chunk loaded with the screen that uses it (all precached: offline works too).
const bundled = import.meta.glob<Bundle>('./locales/nb/common.json', { eager: true, import: 'default' });
const lazy = import.meta.glob<Bundle>(['./locales/*/*.json', '!./locales/nb/common.json'], {
  import: 'default',
});

/** Every namespace that exists (from the bokmål files). */
export const NAMESPACES = Object.keys(lazy)
  .filter((path) => path.startsWith('./locales/nb/'))
  .map((path) => path.replace(/^.*\/([^/]+)\.json$/, '$1'))
  .concat('common');

/** An i18next backend that reads the locale chunks above. */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(lng: string, ns: string, callback: ReadCallback) {
    const load = lazy[`./locales/${lng}/${ns}.json`];
    if (!load) return callback(null, {});
    load().then(
      (bundle) => callback(null, bundle),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

/**
 * Starts i18next in the given language and keeps `<html lang>` in step with it. Unit tests
 * (vitest's `test` mode) get every namespace up front, since they render without Suspense.
 */
export async function initI18n(lang: Language): Promise<void> {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await i18next
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
      resources: { nb: { common: bundled['./locales/nb/common.json'] ?? {} } },
      partialBundledLanguages: true,
      lng: lang,
      fallbackLng: DEFAULT_LANGUAGE,
      defaultNS: 'common',
      ns: import.meta.env.MODE === 'test' ? NAMESPACES : ['common'],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
}

/** Loads namespaces (in the current language and its fallback) before a screen needs them. */
export function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  return i18next.loadNamespaces([...namespaces]);
}

/** Switches the UI language, loading the strings of every namespace in use first. */
export async function changeLanguage(lang: Language): Promise<void> {
  await i18next.changeLanguage(lang);
}
