// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { loadCardDecks } from '../features/presenter/load-decks.ts';

// index.html carries pre-rendered bokmål screens that paint before any JavaScript runs: the
// home screen inside #root (hydrated by main.tsx), and a <template> per deep link below it
// (copied into <main> by the boot script, then rendered over by the app in one commit). If they
// drift from what the app renders, the first paint is wrong or the screen jumps when the app
// takes over. After a change to a screen or the layout, `npm run shell` rewrites them.

/** The deep links that get a pre-rendered shell: screens whose first view needs no user data. */
const SHELL_HASHES = ['#/solo', '#/decks', '#/decks?view=draw', '#/workshop', '#/notes'];

const ROOT_OPEN = '<div id="root">';
const ROOT_CLOSE = '</div>\n    <!--shells-->';
const SHELLS = /<!--shells-->[\s\S]*<!--\/shells-->/;
const html = () => readFileSync('index.html', 'utf8');
const between = (page: string, open: string, close: string) =>
  page.slice(page.indexOf(open) + open.length, page.indexOf(close));
const normalise = (markup: string) => markup.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();

async function freshApp() {
  vi.resetModules();
  const { initI18n } = await import('../../src/i18n/init.ts');
  await initI18n('nb');
  const { useAppStore } = await import('../../src/store/store.ts');
  const builtIn = loadCardDecks();
  useAppStore.setState({
    decks: { status: 'ready', builtIn, imported: [], failures: [] },
    loadDecks: async () => undefined,
  });
  const { App } = await import('../../src/app/app.tsx');
  const { prepareScreen } = await import('../../src/app/routes.tsx');
  return { App, prepareScreen };
}

/** The home screen as the server renders it: the markup hydration starts from. */
async function renderHome(): Promise<string> {
  window.location.hash = '';
  const { App } = await freshApp();
  return renderToString(<App />);
}

/** A deep link's <main> as the app renders it on the client, once its screen is prepared. */
async function renderShell(hash: string): Promise<{ title: string; main: string }> {
  window.location.hash = hash;
  localStorage.clear();
  const { App, prepareScreen } = await freshApp();
  await prepareScreen(hash.slice(1).split('?')[0]!);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<App />));
  for (let i = 0; i < 20 && container.querySelector('main [aria-busy="true"]'); i += 1) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 25)));
  }
  // Style attributes (a deck's colour, set by React through the CSSOM) would be refused by the
  // Content-Security-Policy in static markup; the shell goes without them until the app renders.
  const main = container.querySelector('main')!.innerHTML.replace(/\sstyle="[^"]*"/g, '');
  act(() => root.unmount());
  container.remove();
  return { title: document.title, main };
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

async function renderShells(): Promise<string> {
  const templates: string[] = [];
  for (const hash of SHELL_HASHES) {
    const { title, main } = await renderShell(hash);
    templates.push(
      `<template id="shell:${escapeAttr(hash)}" data-title="${escapeAttr(title)}">${main}</template>`,
    );
  }
  return `<!--shells-->\n    ${templates.join('\n    ')}\n    <!--/shells-->`;
}

describe('the pre-rendered screens in index.html', () => {
  it('hold exactly what the app renders in bokmål, for home and every deep link with a shell', async () => {
    const home = await renderHome();
    const shells = await renderShells();
    if (process.env.UPDATE_SHELL) {
      const page = html();
      writeFileSync(
        'index.html',
        page.replace(between(page, ROOT_OPEN, ROOT_CLOSE), home).replace(SHELLS, shells),
      );
    }
    expect(normalise(between(html(), ROOT_OPEN, ROOT_CLOSE))).toBe(normalise(home));
    expect(normalise(SHELLS.exec(html())?.[0] ?? '')).toBe(normalise(shells));
  });

  it('carry no inline style attributes, which the Content-Security-Policy would refuse', () => {
    expect(html()).not.toMatch(/<(?!meta)[^>]+\sstyle="/);
  });
});
