// The pre-rendered screens of index.html, rendered by the build (never committed): the home
// screen for #root (hydrated by src/main.tsx) and a <template> per deep link with a shell, plus
// the join hand the hand's pre-paint fills in (src/boot/hand-preview.ts). Each is the app's own
// render in jsdom (scripts/prerender/render-screen.tsx), on a fresh copy of its modules, in a
// process of its own (scripts/prerender/run.mjs).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import type { ViteDevServer } from 'vite';
import { SHELL_HASHES } from '../../src/domain/routes/route-table.ts';
import { installDom } from './dom-globals.ts';
import type * as RenderScreen from './render-screen.tsx';

type RenderModule = typeof RenderScreen;

const ORIGIN = 'http://localhost/';

/**
 * The join link whose hand screen is the template of the hand's pre-paint: it has every part the
 * pre-paint fills in (title, step and its instructions, a seat from the link that differs from
 * the remembered one, a name), so the pre-paint only sets texts and removes what a link lacks.
 */
export function prepaintJoinQuery(): string {
  const { version } = JSON.parse(readFileSync('cards/naervaer.json', 'utf8')) as { version: number };
  return `v=1&s=42&d=naervaer.${version}&n=8&k=4&t=Verksted&p=0&f=silent&h=3`;
}

/** The remembered seat of the pre-paint's template: another seat than the link's, with a name. */
export const PREPAINT_SEAT = { seat: 5, name: 'Kari' } as const;

/** A presented template's run id: a tab that has presented it gets no shell (shell-boot.ts). */
const runOf = (hash: string) => /^#\/present\?template=([\w-]+)$/.exec(hash)?.[1];

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Static markup must not carry style attributes: the Content-Security-Policy refuses them. */
function unstyled(id: string, markup: string): string {
  if (/<[^>]+\sstyle="/.test(markup)) throw new Error(`${id}: a style attribute (refused by the CSP)`);
  return markup;
}

function template(id: string, title: string, main: string, extra: string[] = []): string {
  const attrs = [`id="${escapeAttr(id)}"`, `data-title="${escapeAttr(title)}"`, ...extra];
  unstyled(id, main);
  return `<template ${attrs.join(' ')}>${main}</template>`;
}

export type Shells = { home: string; templates: string };

/** Renders every shell in bokmål. */
export async function renderShells(vite: ViteDevServer): Promise<Shells> {
  const dom = installDom(ORIGIN);
  /** The render module on a fresh copy of the app's modules, at an address with clean storage. */
  const fresh = async (hash: string): Promise<RenderModule> => {
    dom.goTo(`${ORIGIN}${hash}`);
    localStorage.clear();
    sessionStorage.clear();
    vite.moduleGraph.invalidateAll();
    return (await vite.ssrLoadModule('/scripts/prerender/render-screen.tsx')) as RenderModule;
  };
  try {
    const home = unstyled('home', await (await fresh('')).renderRoot('nb'));
    const templates: string[] = [];
    for (const hash of SHELL_HASHES) {
      const { title, main, presenting } = await (await fresh(hash)).renderMain('nb');
      const run = runOf(hash);
      templates.push(
        template(`shell:${hash}`, title, main, [
          ...(presenting ? [`data-presenting="${escapeAttr(presenting)}"`] : []),
          ...(run ? [`data-run="template-${run}"`] : []),
        ]),
      );
    }
    const join = prepaintJoinQuery();
    const render = await fresh(`#/join?${join}`);
    render.rememberSeat(join, PREPAINT_SEAT.seat, PREPAINT_SEAT.name);
    const { title, main } = await render.renderMain('nb');
    templates.push(template('prepaint:#/join', title, render.prepaintPart(main)));
    return { home, templates: templates.join('\n    ') };
  } finally {
    dom.restore();
  }
}
