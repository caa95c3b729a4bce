// Starts the app once the first paint is on screen (built from TypeScript and inlined into
// index.html's <head> by vite.config.ts, allowed by its hash in the CSP). The pre-rendered screen
// paints from the HTML alone; the app's entry then starts without competing with it. A hidden tab
// (no paints) starts at once; a browser that never reports the paint starts after half a second.
// With the entry, a page preloads its screen's code, strings in the visit's language and deck
// files, so they download side by side with the entry rather than after it. A join link at once
// starts the download of the decks it names and the hand's pre-paint (src/boot/hand-preview.ts).
import { routeOf } from '../lib/app-route.ts';

/** What the build knows and this script needs, in `<script type="application/json" id="boot-data">`. */
export type BootData = {
  /** The app's entry, as the page's module script named it. */
  entry: string;
  /** The folder of built files, relative to this page (`./assets/`, `../assets/`). */
  assets: string;
  /** By route path ('' for every start): `m<file>` a module to preload, `f<file>` a fetch (a deck). */
  preloads: Record<string, string[]>;
  /** By language, then route path: the screen's string files (`m<file>`). */
  strings: Record<string, Record<string, string[]>>;
  /** The hand's pre-paint file in assets/ ('' when the build has none). */
  prepaint: string;
  /** The built file in assets/ of each built-in deck, by deck id. */
  decks: Record<string, string>;
};

/** Adds a preload for an entry of BootData.preloads. */
function preload(assets: string, item: string): HTMLLinkElement {
  const link = document.createElement('link');
  if (item.startsWith('f')) {
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  } else link.rel = 'modulepreload';
  link.href = `${assets}${item.slice(1)}`;
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
  // The head's links (icons, manifest) as full addresses: the app moves between its pages with
  // history.pushState, and a relative icon would then be looked for under the new page.
  for (const link of document.head.querySelectorAll<HTMLLinkElement>('link[href]')) {
    link.setAttribute('href', link.href);
  }
  const { path, query } = routeOf(location);
  const lang = document.documentElement.lang;
  if (path === '/join' && query !== '') {
    for (const id of linkDeckIds(query)) {
      const file = Object.hasOwn(data.decks, id) ? data.decks[id] : undefined;
      if (file) preload(data.assets, `f${file}`).dataset.deck = id;
    }
    if (data.prepaint) addModule(`${data.assets}${data.prepaint}`);
  }
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    addModule(data.entry);
    const strings = [...(data.strings[lang]?.[''] ?? []), ...(data.strings[lang]?.[path] ?? [])];
    for (const item of [...(data.preloads[''] ?? []), ...(data.preloads[path] ?? []), ...strings]) {
      preload(data.assets, item);
    }
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
