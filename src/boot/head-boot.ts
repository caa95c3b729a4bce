// Runs in <head>, before the first paint (built from TypeScript and inlined into index.html by
// scripts/boot-script-plugin.ts, allowed by its hash in the CSP). index.html's <main> shows the
// pre-rendered home screen in bokmål; if this visit will show something else (another language,
// chosen or the browser's, or a deep link), <main> is hidden until the right screen is there, so
// nothing flashes or shifts. The same language rule and storage key as the app (main.tsx).
import { DEFAULT_LANGUAGE, isLanguage, matchLanguage, type Language } from '../domain/language/languages.ts';
import { HTML_CLASS, setHtmlClass } from '../lib/html-flags.ts';
import { PREFS_STORAGE_KEY } from '../lib/storage-keys.ts';

/** The language the app will start in: the one chosen in the app, else the browser's, else bokmål. */
function visitLanguage(): Language {
  const stored: unknown = JSON.parse(localStorage.getItem(PREFS_STORAGE_KEY) ?? 'null');
  const chosen = (stored as { state?: { prefs?: { language?: unknown } } } | null)?.state?.prefs?.language;
  if (isLanguage(chosen)) return chosen;
  return matchLanguage(navigator.languages ?? [navigator.language]) ?? DEFAULT_LANGUAGE;
}

try {
  if (visitLanguage() !== DEFAULT_LANGUAGE) {
    setHtmlClass(HTML_CLASS.pending, true);
    setHtmlClass(HTML_CLASS.otherLanguage, true);
  } else if (/^#\/./.test(location.hash)) setHtmlClass(HTML_CLASS.pending, true);
} catch {
  // Storage refused (a locked-down browser) or unreadable: the home screen shows as painted, and
  // the app renders whatever it must over it.
}
