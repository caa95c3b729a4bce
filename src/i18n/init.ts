import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language } from '../domain/language/languages.ts';

type Bundle = Record<string, unknown>;

// Bokmål ships in the main chunk so the first screen never waits; the others load on demand
// (they are precached, so that works offline too).
const bokmal = import.meta.glob<Bundle>('./locales/nb/*.json', { eager: true, import: 'default' });
const lazyLocales = import.meta.glob<Bundle>(['./locales/nn/*.json', './locales/en/*.json'], {
  import: 'default',
});

const namespaceOf = (path: string): string => path.replace(/^.*\/([^/]+)\.json$/, '$1');

/** Loads every namespace of a language into i18next (no-op for bokmål and loaded ones). */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang === DEFAULT_LANGUAGE || i18next.hasResourceBundle(lang, 'common')) return;
  const entries = Object.entries(lazyLocales).filter(([path]) => path.startsWith(`./locales/${lang}/`));
  const bundles = await Promise.all(
    entries.map(async ([path, load]) => [namespaceOf(path), await load()] as const),
  );
  for (const [ns, bundle] of bundles) i18next.addResourceBundle(lang, ns, bundle, true, true);
}

/** Starts i18next in the given language and keeps `<html lang>` in step with it. */
export async function initI18n(lang: Language): Promise<void> {
  const resources = {
    nb: Object.fromEntries(Object.entries(bokmal).map(([path, bundle]) => [namespaceOf(path), bundle])),
  };
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await i18next.use(initReactI18next).init({
    resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    defaultNS: 'common',
    ns: Object.keys(resources.nb),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await changeLanguage(lang);
}

/** Switches the UI language, loading its strings first. */
export async function changeLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
  await i18next.changeLanguage(lang);
}
