// Starts the app once the first paint is on screen (built from TypeScript and inlined into
// index.html's <head> by vite.config.ts, allowed by its hash in the CSP). The pre-rendered screen
// paints from the HTML alone; the app's entry then starts without competing with it. A page with
// nothing to paint first (no shell for its address, no hand pre-paint on its way) and a hidden tab
// start at once, as does a join page whose hand pre-paint gives up; a browser that never reports
// the paint starts after half a second.
// With the entry, a page preloads its screen's code, strings in the visit's language and deck
// files, so they download side by side with the entry rather than after it. A join link at once
// starts the hand's pre-paint (src/boot/run-hand-preview.ts): on a first visit from a one-deck
// link, the one file that has the code and that deck in the visit's language; otherwise the code
// and the decks' files side by side (a visit the service worker serves has them all cached).
import { routeOf } from '../lib/app-route.ts';
import { paintedShell } from '../lib/html-flags.ts';
import { onPrepaintDeclined } from '../lib/prepaint-outcome.ts';

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
  /** The pre-paint with one deck's data in it, in assets/: by deck id, then language (join page only). */
  hands: Record<string, Partial<Record<string, string>>>;
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

/** Preloads built-in deck files, marked with their id for the pre-paint (fetchPreloadedDeck). */
function preloadDecks(data: BootData, ids: readonly string[]): void {
  for (const id of ids) {
    const file = Object.hasOwn(data.decks, id) ? data.decks[id] : undefined;
    if (file) preload(data.assets, `f${file}`).dataset.deck = id;
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
  /** Deck files the app will read that nothing has started yet. */
  let decksLater: string[] = [];
  let prepainting = false;
  if (path === '/join' && query !== '') {
    const ids = linkDeckIds(query);
    const firstVisit = !navigator.serviceWorker?.controller;
    const hands = ids.length === 1 && firstVisit && Object.hasOwn(data.hands, ids[0] ?? '');
    const own = hands ? data.hands[ids[0] ?? '']?.[lang] : undefined;
    if (own) {
      addModule(`${data.assets}${own}`);
      decksLater = ids;
      prepainting = true;
    } else {
      preloadDecks(data, ids);
      if (data.prepaint) addModule(`${data.assets}${data.prepaint}`);
      prepainting = data.prepaint !== '';
    }
  }
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    addModule(data.entry);
    // The app reads the link's decks as files even when the pre-paint had its own copy.
    preloadDecks(data, decksLater);
    const strings = [...(data.strings[lang]?.[''] ?? []), ...(data.strings[lang]?.[path] ?? [])];
    for (const item of [...(data.preloads[''] ?? []), ...(data.preloads[path] ?? []), ...strings]) {
      preload(data.assets, item);
    }
  };
  if (document.visibilityState !== 'visible') return go();
  // A pre-paint that gives up (no seat in the link yet, a bad link) paints nothing to wait for.
  if (prepainting) onPrepaintDeclined(go);
  // Once the page is read, its shell script (src/boot/shell-boot.ts, at the end of <body>) has
  // painted its screen, or had none for this address: then there is no paint to wait for.
  document.addEventListener('DOMContentLoaded', () => {
    if (paintedShell() === undefined && !prepainting) go();
  });
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
