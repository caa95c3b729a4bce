// @vitest-environment jsdom
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleBootScript } from '../../scripts/boot-script-plugin.ts';
import { shellTemplate } from '../../scripts/pages-plugin.ts';
import type { Shell } from '../../scripts/prerender/shells.ts';
import { matchLanguage } from '../../src/domain/language/languages.ts';
import { announcePrepaintDeclined } from '../../src/lib/prepaint-outcome.ts';

// Two inline scripts paint a page's screen before the first paint: the head script
// (src/boot/head-boot.ts) chooses the visit's language (as main.tsx does: matchLanguage()) and
// sends an old `#/…` address to its page; the script after the shells (src/boot/shell-boot.ts)
// puts the shell for that language and the address's query into #root. The build inlines both
// into every page, with the shells written by scripts/pages-plugin.ts (shellTemplate).
const boot = await bundleBootScript('src/boot/head-boot.ts');
const shell = await bundleBootScript('src/boot/shell-boot.ts');

type Visit = {
  languages?: string[];
  stored?: string | null;
  page?: string;
  hash?: string;
  search?: string;
  /** What `navigator.serviceWorker` is: absent (an insecure origin), or with or without a controller. */
  worker?: { controller: object | null };
};

/** Runs the head script; returns the language, the classes and where it sent the page (if anywhere). */
function runHead({ languages = ['nb-NO'], stored = null, page = 'home', hash = '', worker }: Visit) {
  const classes = new Set<string>();
  const root = {
    lang: 'nb',
    dataset: { page } as Record<string, string>,
    classList: {
      contains: (c: string) => classes.has(c),
      toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)),
    },
  };
  let moved: string | undefined;
  runInNewContext(boot, {
    document: { documentElement: root },
    navigator: { languages, language: languages[0], serviceWorker: worker },
    localStorage: { getItem: () => stored },
    location: { hash, replace: (to: string) => (moved = to) },
  });
  return { lang: root.lang, classes, moved, data: root.dataset };
}

const prefs = (language: string | null) =>
  JSON.stringify({ state: { prefs: { language, motion: 'system' } }, version: 2 });

describe('the boot script in the head of every page', () => {
  it('chooses the language the app will start in, and hides #root until something paints', () => {
    expect(runHead({}).lang).toBe('nb');
    expect(runHead({ languages: ['nn-NO'] }).lang).toBe('nn');
    expect(runHead({ languages: ['en-US'] }).lang).toBe('en');
    expect(runHead({ languages: ['de'] }).lang).toBe('nb');
    expect(runHead({ languages: ['en-US'], stored: prefs('nb') }).lang).toBe('nb');
    expect(runHead({ stored: prefs('nn') }).lang).toBe('nn');
    expect(runHead({ languages: ['en'], stored: '{broken' }).lang).toBe('en');
    expect(runHead({}).classes.has('pending')).toBe(true);
  });

  it('keeps card text in the system font on a load no service worker serves, and only then', () => {
    expect(runHead({}).data.cardFont).toBe('system');
    expect(runHead({ worker: { controller: null } }).data.cardFont).toBe('system');
    expect(runHead({ worker: { controller: {} } }).data.cardFont).toBeUndefined();
  });

  it('agrees with matchLanguage for any browser languages', () => {
    const tag = fc.oneof(
      fc.constantFrom('nb', 'nn', 'no', 'en', 'de', 'sv', 'nb-NO', 'nn-NO', 'en-GB', 'NN_no', 'se'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 4 }), (languages) => {
        expect(runHead({ languages }).lang).toBe(matchLanguage(languages) ?? 'nb');
      }),
    );
  });

  it('sends an old #/… address on the home page to its own page, the join link in the fragment', () => {
    expect(runHead({ hash: '#/solo' }).moved).toBe('./solo/');
    expect(runHead({ hash: '#/decks?view=draw' }).moved).toBe('./decks/?view=draw');
    expect(runHead({ hash: '#/present?template=framtid-45' }).moved).toBe('./present/?template=framtid-45');
    expect(runHead({ hash: '#/join?v=1&s=4&h=3' }).moved).toBe('./join/#v=1&s=4&h=3');
    for (const hash of ['', '#/', '#main', '#/nope']) expect(runHead({ hash }).moved).toBeUndefined();
    expect(runHead({ hash: '#/solo', page: 'solo' }).moved).toBeUndefined();
  });
});

const shellOf = (over: Partial<Shell>): Shell => ({
  route: 'solo',
  query: '',
  lang: 'nb',
  title: 'Alene – Kortstokk',
  html: '<header></header><main id="main"><h1>Alene</h1></main>',
  kind: 'render',
  ...over,
});

const SHELLS = [
  shellOf({}),
  shellOf({ lang: 'en', title: 'On my own – Kortstokk', html: '<main id="main"><h1>On my own</h1></main>' }),
  shellOf({
    route: 'present',
    query: 'template=verksted-ledelse',
    title: 'Verksted',
    html: '<main id="main"><h1>Verksted ledelse</h1></main>',
    presenting: 'presenter',
    run: 'template-verksted-ledelse',
  }),
  shellOf({
    route: 'home',
    title: 'Kortstokk',
    kind: 'hydrate',
    html: '<main id="main"><h1>Kortstokk</h1></main>',
  }),
];

/** A page with the given shells; runs the shell script for a visit and returns the document. */
function startPage(
  shells: Shell[],
  { lang = 'nb', search = '', hash = '' }: { lang?: string; search?: string; hash?: string },
  session: Record<string, string> = {},
  window: Record<string, unknown> = {},
): Document {
  const page = `<!doctype html><html lang="${lang}" class="pending"><head><title>Kortstokk</title></head><body><div id="root"></div>${shells.map(shellTemplate).join('')}</body></html>`;
  const doc = new DOMParser().parseFromString(page, 'text/html');
  const keys = Object.keys(session);
  const sessionStorage = { length: keys.length, key: (i: number) => keys[i] ?? null };
  const listeners = (window.listeners ??= []) as EventListener[];
  window.addEventListener = (type: string, listener: EventListener) =>
    type === 'keydown' && listeners.push(listener);
  window.removeEventListener = (_type: string, listener: EventListener) =>
    listeners.splice(listeners.indexOf(listener), 1);
  runInNewContext(shell, {
    ...{ document: doc, location: { hash, search }, sessionStorage, String, window },
    HTMLTemplateElement,
  });
  return doc;
}

describe('the shell script after the pre-rendered screens', () => {
  const h1 = (doc: Document) => doc.querySelector('#root h1')?.textContent;
  const solo = SHELLS.slice(0, 2);

  it("puts the page's screen in the visit's language into #root and shows it, with its title", () => {
    const doc = startPage(solo, {});
    expect(h1(doc)).toBe('Alene');
    expect(doc.querySelectorAll('#root h1')).toHaveLength(1);
    expect(doc.documentElement.classList.contains('pending')).toBe(false);
    expect(doc.documentElement.dataset.shell).toBe('render');
    expect(doc.title).toBe('Alene – Kortstokk');
    expect(doc.getElementById('main')!.inert).toBe(true); // nothing typed there could be kept
    const english = startPage(solo, { lang: 'en' });
    expect(h1(english)).toBe('On my own');
    expect(english.title).toBe('On my own – Kortstokk');
  });

  it('marks the bokmål home screen for hydration, not inert', () => {
    const doc = startPage(SHELLS.slice(3), {});
    expect(doc.documentElement.dataset.shell).toBe('hydrate');
    expect(doc.getElementById('main')!.inert).not.toBe(true);
  });

  it('shows a presented template in the projector theme, in a tab that has not presented it', () => {
    const doc = startPage(
      SHELLS,
      { search: '?template=verksted-ledelse' },
      {
        'kortstokk-presenter:template-framtid-45': '{}',
      },
    );
    expect(h1(doc)).toBe('Verksted ledelse');
    expect(doc.documentElement.dataset.presenting).toBe('presenter');
  });

  it('keeps the keys pressed on a presenter shell, in order, until the app takes them', () => {
    const win: { listeners?: EventListener[]; kortstokkEarlyKeys?: unknown[] & { done?: boolean } } = {};
    const doc = startPage(SHELLS, { search: '?template=verksted-ledelse' }, {}, win);
    const press = (key: string, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', { key, code: key, cancelable: true, ...init });
      for (const listener of [...win.listeners!]) listener(event);
      return event;
    };
    expect(press('PageDown').defaultPrevented).toBe(true); // the shell does not scroll
    press('r', { ctrlKey: true }); // a browser shortcut is not the presenter's
    press('b');
    expect(win.kortstokkEarlyKeys).toEqual([
      { key: 'PageDown', code: 'PageDown', shiftKey: false },
      { key: 'b', code: 'b', shiftKey: false },
    ]);
    doc.getElementById('main')!.remove(); // the app has rendered its own <main>, not yet listening
    expect(press('PageDown').defaultPrevented).toBe(false); // the app's own handler decides
    expect(win.kortstokkEarlyKeys).toHaveLength(3);
    win.kortstokkEarlyKeys!.done = true; // src/lib/early-keys.ts took them
    press('PageDown');
    expect(win.kortstokkEarlyKeys).toHaveLength(3);
    expect(win.listeners).toEqual([]);
    const plain: { listeners?: EventListener[]; kortstokkEarlyKeys?: unknown[] } = {};
    startPage(solo, {}, {}, plain);
    expect(plain.listeners).toEqual([]);
    expect(plain.kortstokkEarlyKeys).toBeUndefined();
  });

  it('paints nothing for a query or language without a shell, a run under way, or an old #/ address', () => {
    const underWay: Record<string, string>[] = [
      { 'kortstokk-presenter:template-verksted-ledelse': '{"step":2}' },
      { 'kortstokk-presenter-timer:template-verksted-ledelse:runder:0': '{}' },
    ];
    const docs = [
      startPage(SHELLS, { search: '?template=verksted-ledelse&view=audience' }),
      startPage(solo, { lang: 'nn' }),
      startPage(solo, { hash: '#/nope' }),
      ...underWay.map((session) => startPage(SHELLS, { search: '?template=verksted-ledelse' }, session)),
    ];
    for (const doc of docs) {
      expect(doc.documentElement.dataset.presenting).toBeUndefined();
      expect(doc.documentElement.classList.contains('pending')).toBe(true);
      expect(doc.documentElement.dataset.shell).toBeUndefined();
      expect(doc.getElementById('root')!.children).toHaveLength(0);
    }
  });
});

const starter = await bundleBootScript('src/boot/start-app.ts');

/** What the page's shell script did by the time the page was read, and the hand's pre-paint after. */
type PageRead = { shell: 'hydrate' | 'render' | undefined; prepaintDeclined?: boolean };

describe('the starter (src/boot/start-app.ts)', () => {
  const data = {
    entry: '../assets/index-x.js',
    assets: '../assets/',
    preloads: { '': ['mreact.js'], '/join': ['mjoin-page.js'], '/solo': ['msolo-page.js', 'fnaervaer.json'] },
    strings: {
      nb: { '': [], '/solo': ['msolo-nb.js'] },
      en: { '': ['mcommon-en.js'], '/solo': ['msolo-en.js'] },
    },
    prepaint: 'hand-preview-x.js',
    decks: { naervaer: 'naervaer-x.json', ledelse: 'ledelse-x.json' },
    hands: { naervaer: { nb: 'hand-deck-naervaer.nb-x.js', en: 'hand-deck-naervaer.en-x.js' } },
  };

  /** Runs the starter at an address in a fresh document; returns what it added to <head>. */
  function start(pathname: string, hash = '', lang = 'nb', controlled = false, page?: PageRead) {
    const doc = document.implementation.createHTMLDocument();
    doc.documentElement.lang = lang;
    const block = doc.createElement('script');
    block.type = 'application/json';
    block.id = 'boot-data';
    block.textContent = JSON.stringify(data);
    doc.head.append(block);
    // No paint timing here: the fallback timeout starts the app, at once in this test, unless
    // the test reads the page (`page`): then no timeout ever fires.
    const setTimeout = (run: () => void) => (page ? undefined : run());
    const location = { pathname, hash, search: '' };
    const navigator = { serviceWorker: { controller: controlled ? {} : null } };
    // A document made here has no window, so it is «hidden»: a visible tab is what is tested.
    if (page) Object.defineProperty(doc, 'visibilityState', { value: 'visible' });
    const window = new EventTarget();
    runInNewContext(starter, { document: doc, location, URLSearchParams, setTimeout, navigator, window });
    if (page) {
      doc.documentElement.classList.toggle('pending', page.shell === undefined);
      if (page.shell) doc.documentElement.dataset.shell = page.shell;
      doc.dispatchEvent(new Event('DOMContentLoaded'));
      if (page.prepaintDeclined) announcePrepaintDeclined(window);
    }
    const added = [...doc.head.querySelectorAll('link, script[src]')];
    return added.map(
      (e) => `${e.getAttribute('rel') ?? 'script'} ${e.getAttribute('href') ?? e.getAttribute('src')}`,
    );
  }

  it('starts the app as soon as the page is read when it has nothing to paint first', () => {
    const entry = 'script ../assets/index-x.js';
    // No shell for this address: no paint will come, so no waiting for one.
    expect(start('/solo/', '', 'nb', false, { shell: undefined })).toContain(entry);
    // A painted shell: the app waits for the paint (here: never reported, no timeout fired).
    expect(start('/solo/', '', 'nb', false, { shell: 'render' })).not.toContain(entry);
    // A hand pre-paint on its way: the app waits for it too, unless it says it will not paint.
    const link = '#v=1&s=42&d=naervaer.1&n=8&k=4&h=3';
    expect(start('/join/', link, 'nb', false, { shell: undefined })).not.toContain(entry);
    const declined = { shell: undefined, prepaintDeclined: true };
    expect(start('/join/', link, 'nb', false, declined)).toContain(entry);
    expect(start('/join/', link, 'nb', true, declined)).toContain(entry);
  });

  it("starts the entry with every start's preloads and those of the page's screen, in its language", () => {
    expect(start('/solo/')).toEqual([
      'script ../assets/index-x.js',
      'modulepreload ../assets/react.js',
      'modulepreload ../assets/solo-page.js',
      'preload ../assets/naervaer.json',
      'modulepreload ../assets/solo-nb.js',
    ]);
    expect(start('/app/solo/', '', 'en').slice(-3)).toEqual([
      'preload ../assets/naervaer.json',
      'modulepreload ../assets/common-en.js',
      'modulepreload ../assets/solo-en.js',
    ]);
  });

  it("starts a join link's own decks and the hand's pre-paint before the app", () => {
    const link = '#v=1&s=42&d=naervaer.1,ukjent.2&n=8&k=4&h=3';
    expect(start('/join/', link).slice(0, 3)).toEqual([
      'preload ../assets/naervaer-x.json',
      'script ../assets/hand-preview-x.js',
      'script ../assets/index-x.js',
    ]);
    expect(start('/join/').slice(0, 1)).toEqual(['script ../assets/index-x.js']);
  });

  it('starts, on a first visit from a one-deck link, only the pre-paint that has the deck in it', () => {
    const link = '#v=1&s=42&d=naervaer.1&n=8&k=4&h=3';
    const added = start('/join/', link, 'en');
    expect(added.slice(0, 3)).toEqual([
      'script ../assets/hand-deck-naervaer.en-x.js',
      'script ../assets/index-x.js',
      // The app still reads the deck's file: started with the app, not before the paint.
      'preload ../assets/naervaer-x.json',
    ]);
    expect(added).not.toContain('script ../assets/hand-preview-x.js');
    // Served by the service worker (everything cached), or no such file: the code and the files.
    for (const [lang, controlled] of [
      ['nb', true],
      ['nn', false],
    ] as const)
      expect(start('/join/', link, lang, controlled).slice(0, 2)).toEqual([
        'preload ../assets/naervaer-x.json',
        'script ../assets/hand-preview-x.js',
      ]);
    expect(start('/join/', '#v=1&s=42&d=constructor.1&n=8&k=4&h=3').slice(0, 1)).toEqual([
      'script ../assets/hand-preview-x.js',
    ]);
  });
});
