// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleBootScript } from '../../scripts/boot-script-plugin.ts';
import { matchLanguage } from '../../src/domain/language/languages.ts';

// Two inline scripts decide, before the first paint, which pre-rendered screen is shown: the head
// script (src/boot/head-boot.ts) hides <main> for another language or a deep link; the script
// after the shells (src/boot/shell-boot.ts) puts a deep link's shell into <main>. The build
// inlines both; they must agree with main.tsx (matchLanguage()).
const page = readFileSync('index.html', 'utf8');
// The boot scripts as the build writes them into the page (src/boot/*-boot.ts, bundled).
const boot = await bundleBootScript('src/boot/head-boot.ts');
const shell = await bundleBootScript('src/boot/shell-boot.ts');

function runBoot(languages: string[], hash: string, stored: string | null) {
  const classes = new Set<string>();
  const classList = {
    add: (...c: string[]) => c.forEach((x) => classes.add(x)),
    toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)),
  };
  runInNewContext(boot, {
    document: { documentElement: { classList } },
    navigator: { languages, language: languages[0] },
    localStorage: { getItem: () => stored },
    location: { hash },
  });
  return classes;
}
const pending = (languages: string[], hash: string, stored: string | null) =>
  runBoot(languages, hash, stored).has('pending');

/** Loads index.html into a fresh document, runs both scripts for `hash`, returns the document. */
function startPage(
  hash: string,
  languages = ['nb-NO'],
  session: Record<string, string> = {},
  window: Record<string, unknown> = {},
): Document {
  const doc = new DOMParser().parseFromString(page, 'text/html');
  for (const c of runBoot(languages, hash, null)) doc.documentElement.classList.add(c);
  const keys = Object.keys(session);
  const sessionStorage = { length: keys.length, key: (i: number) => keys[i] ?? null };
  const listeners = (window.listeners ??= []) as EventListener[];
  window.addEventListener = (type: string, listener: EventListener) =>
    type === 'keydown' && listeners.push(listener);
  window.removeEventListener = (_type: string, listener: EventListener) =>
    listeners.splice(listeners.indexOf(listener), 1);
  runInNewContext(shell, {
    ...{ document: doc, location: { hash }, sessionStorage, String, window },
    HTMLTemplateElement,
  });
  return doc;
}

const prefs = (language: string | null) =>
  JSON.stringify({ state: { prefs: { language, motion: 'system' } }, version: 2 });

describe('the boot script in the head of index.html', () => {
  it('keeps <main> visible only for the bokmål home screen', () => {
    expect(pending(['nb-NO'], '', null)).toBe(false);
    expect(pending(['no'], '#/', null)).toBe(false);
    expect(pending(['de'], '', null)).toBe(false);
    expect(pending(['nn-NO'], '', null)).toBe(true);
    expect(pending(['en-US'], '', null)).toBe(true);
    expect(pending(['nb-NO'], '#/solo', null)).toBe(true);
    expect(pending(['en-US'], '', prefs('nb'))).toBe(false);
    expect(pending(['nb-NO'], '', prefs('nn'))).toBe(true);
    expect(pending(['nb-NO'], '', '{broken')).toBe(false);
  });

  it('agrees with matchLanguage for any browser languages', () => {
    const tag = fc.oneof(
      fc.constantFrom('nb', 'nn', 'no', 'en', 'de', 'sv', 'nb-NO', 'nn-NO', 'en-GB', 'NN_no', 'se'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 4 }), (languages) => {
        const lang = matchLanguage(languages) ?? 'nb';
        expect(pending(languages, '', null)).toBe(lang !== 'nb');
      }),
    );
  });
});

describe('the shell script after the pre-rendered screens', () => {
  const h1 = (doc: Document) => doc.querySelector('main h1')?.textContent;

  it('marks the home screen as the shell to hydrate', () => {
    const doc = startPage('');
    expect(doc.documentElement.dataset.shell).toBe('#/');
    expect(h1(doc)).toBe('Kortstokk');
  });

  it("puts a deep link's own screen into <main> and shows it, with its title", () => {
    const doc = startPage('#/solo');
    expect(h1(doc)).toBe('Alene');
    expect(doc.querySelectorAll('main h1')).toHaveLength(1);
    expect(doc.documentElement.classList.contains('pending')).toBe(false);
    expect(doc.documentElement.dataset.shell).toBe('#/solo');
    expect(doc.title).toBe('Alene – Kortstokk');
    expect(doc.getElementById('main')!.inert).toBe(true); // nothing typed there could be kept
    expect(h1(startPage('#/decks?view=draw'))).toBe('Trekk kort');
  });

  it('shows a presented template in the projector theme, in a tab that has not presented it', () => {
    const doc = startPage('#/present?template=verksted-ledelse', ['nb-NO'], {
      'kortstokk-presenter:template-framtid-45': '{}',
    });
    expect(h1(doc)).toBe('Verksted ledelse: nærvær');
    expect(doc.documentElement.dataset.presenting).toBe('presenter');
    expect(doc.querySelector('main .timer-digits')?.textContent).toMatch(/03:00$/);
  });

  it('keeps the keys pressed on a presenter shell, in order, until the app takes them', () => {
    const win: { listeners?: EventListener[]; kortstokkEarlyKeys?: unknown[] & { done?: boolean } } = {};
    const doc = startPage('#/present?template=verksted-ledelse', ['nb-NO'], {}, win);
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
    const solo: { listeners?: EventListener[]; kortstokkEarlyKeys?: unknown[] } = {};
    startPage('#/solo', ['nb-NO'], {}, solo);
    expect(solo.listeners).toEqual([]);
    expect(solo.kortstokkEarlyKeys).toBeUndefined();
  });

  it('keeps <main> hidden for a deep link without a shell, in another language, or a run under way', () => {
    const underWay: Record<string, string>[] = [
      { 'kortstokk-presenter:template-verksted-ledelse': '{"step":2}' },
      { 'kortstokk-presenter-timer:template-verksted-ledelse:runder:0': '{}' },
    ];
    const docs = [
      startPage('#/present?template=verksted-ledelse&view=audience'),
      startPage('#/solo', ['en']),
      ...underWay.map((session) => startPage('#/present?template=verksted-ledelse', ['nb-NO'], session)),
    ];
    for (const doc of docs) {
      expect(doc.documentElement.dataset.presenting).toBeUndefined();
      expect(doc.documentElement.classList.contains('pending')).toBe(true);
      expect(doc.documentElement.dataset.shell).toBeUndefined();
      expect(h1(doc)).toBe('Kortstokk'); // the home copy, hidden until the app has rendered
    }
  });
});

const starter = await bundleBootScript('src/boot/start-app.ts');

describe('the starter (src/boot/start-app.ts)', () => {
  const data = {
    entry: './assets/index-x.js',
    preloads: { '': ['mreact.js'], '/join': ['mjoin-page.js'], '/solo': ['msolo-page.js', 'fnaervaer.json'] },
    prepaint: 'hand-preview-x.js',
    decks: { naervaer: 'naervaer-x.json', ledelse: 'ledelse-x.json' },
  };

  /** Runs the starter for `hash` in a fresh document; returns what it added to <head>. */
  function start(hash: string, classes: string[] = []) {
    const doc = document.implementation.createHTMLDocument();
    doc.documentElement.classList.add(...classes);
    const block = doc.createElement('script');
    block.type = 'application/json';
    block.id = 'boot-data';
    block.textContent = JSON.stringify(data);
    doc.head.append(block);
    // No paint timing here: the fallback timeout starts the app, at once in this test.
    const setTimeout = (run: () => void) => run();
    runInNewContext(starter, { document: doc, location: { hash }, URLSearchParams, setTimeout });
    const added = [...doc.head.querySelectorAll('link, script[src]')];
    return added.map(
      (e) => `${e.getAttribute('rel') ?? 'script'} ${e.getAttribute('href') ?? e.getAttribute('src')}`,
    );
  }

  it("starts the entry with every start's preloads and those of the screen in the address", () => {
    expect(start('#/solo', ['pending'])).toEqual([
      'script ./assets/index-x.js',
      'modulepreload ./assets/react.js',
      'modulepreload ./assets/solo-page.js',
      'preload ./assets/naervaer.json',
    ]);
    expect(start('')).toEqual(['script ./assets/index-x.js', 'modulepreload ./assets/react.js']);
  });

  it("starts a join link's own decks and, in bokmål, the hand's pre-paint before the app", () => {
    const link = '#/join?v=1&s=42&d=naervaer.1,ukjent.2&n=8&k=4&h=3';
    expect(start(link, ['pending']).slice(0, 2)).toEqual([
      'preload ./assets/naervaer-x.json',
      'script ./assets/hand-preview-x.js',
    ]);
    expect(start(link, ['pending', 'other-language']).slice(0, 2)).toEqual([
      'preload ./assets/naervaer-x.json',
      'script ./assets/index-x.js',
    ]);
  });
});
