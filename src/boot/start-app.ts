// Starts the app once the first paint is on screen (built from TypeScript and inlined into
// index.html's <head> by vite.config.ts, allowed by its hash in the CSP). The pre-rendered screen
// paints from the HTML alone; the app's entry then starts without competing with it. A hidden tab
// (no paints) starts at once; a browser that never reports the paint starts after half a second.
// With the entry, a deep link preloads its screen's code, bokmål strings and deck files, so they
// download side by side with the entry rather than after it. A join link at once starts the
// download of the decks it names and, in bokmål, the hand's pre-paint (src/boot/hand-preview.ts).
import { HTML_CLASS, hasHtmlClass } from '../lib/html-flags.ts';
import { parseHashRoute } from '../lib/hash-route.ts';

/** What the build knows and this script needs, in `<script type="application/json" id="boot-data">`. */
export type BootData = {
  /** The app's entry, as index.html's module script named it. */
  entry: string;
  /** By route path ('' for every start): `m<file>` a module to preload, `f<file>` a fetch (a deck). */
  preloads: Record<string, string[]>;
  /** The hand's pre-paint file in assets/ ('' when the build has none). */
  prepaint: string;
  /** The built file in assets/ of each built-in deck, by deck id. */
  decks: Record<string, string>;
};

/** Adds a preload for an entry of BootData.preloads. */
function preload(item: string): HTMLLinkElement {
  const link = document.createElement('link');
  if (item.startsWith('f')) {
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  } else link.rel = 'modulepreload';
  link.href = `./assets/${item.slice(1)}`;
  return document.head.appendChild(link);
}

function addModule(src: string): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}

/** The deck ids a join link's `d` names (`id.version,…`); only to choose files to download. */
function linkDeckIds(query: string): string[] {
  try {
    const decks = new URLSearchParams(query).get('d') ?? '';
    return decks.split(',').map((ref) => ref.split('.')[0] ?? '');
  } catch {
    return [];
  }
}

function start(data: BootData): void {
  const { path, query } = parseHashRoute(location.hash);
  if (path === '/join' && query !== '') {
    for (const id of linkDeckIds(query)) {
      const file = Object.hasOwn(data.decks, id) ? data.decks[id] : undefined;
      if (file) preload(`f${file}`).dataset.deck = id;
    }
    const bokmal = hasHtmlClass(HTML_CLASS.pending) && !hasHtmlClass(HTML_CLASS.otherLanguage);
    if (data.prepaint && bokmal) addModule(`./assets/${data.prepaint}`);
  }
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    addModule(data.entry);
    for (const item of [...(data.preloads[''] ?? []), ...(data.preloads[path] ?? [])]) preload(item);
  };
  if (document.visibilityState !== 'visible') return go();
  try {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(go);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the timeout below starts the app.
  }
  setTimeout(go, 500);
}

const data = document.getElementById('boot-data')?.textContent;
if (data) start(JSON.parse(data) as BootData);
