// Runs in <head>, before the first paint (built from TypeScript and inlined into every page by
// scripts/boot-script-plugin.ts, allowed by its hash in the CSP). It decides the visit's language
// (the one chosen in the app, else the browser's, else bokmål: the same rule and storage key as
// main.tsx) and puts it on <html> for src/boot/shell-boot.ts, which paints the page's screen in
// that language. An old address (`/#/solo?…`, printed on seat cards and in QR codes) goes to its
// page before anything is painted.
import { DEFAULT_LANGUAGE, isLanguage, matchLanguage, type Language } from '../domain/language/languages.ts';
import { HTML_CLASS, getHtmlData, setHtmlClass, setHtmlData } from '../lib/html-flags.ts';
import { movedAddress } from '../lib/app-route.ts';
import { PREFS_STORAGE_KEY } from '../lib/storage-keys.ts';

function visitLanguage(): Language {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(PREFS_STORAGE_KEY) ?? 'null');
    const chosen = (stored as { state?: { prefs?: { language?: unknown } } } | null)?.state?.prefs?.language;
    if (isLanguage(chosen)) return chosen;
  } catch {
    // Storage refused (a locked-down browser) or unreadable: the browser's language decides.
  }
  return matchLanguage(navigator.languages ?? [navigator.language]) ?? DEFAULT_LANGUAGE;
}

// Nothing shows until the page's screen is painted (shell-boot.ts) or the app renders (App).
setHtmlClass(HTML_CLASS.pending, true);
document.documentElement.lang = visitLanguage();
// A load without the service worker (a first visit) has no cached font: its card text stays in the
// system font rather than wait for, or later swap in, the web font.
if (!navigator.serviceWorker?.controller) setHtmlData('cardFont', 'system');
const moved = getHtmlData('page') === 'home' ? movedAddress(location.hash) : null;
if (moved !== null) location.replace(moved);
