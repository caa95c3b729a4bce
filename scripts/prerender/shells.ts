// The pre-rendered screens of every page, rendered by the build (never committed): for each
// route, its screen for each address query the route table names and each language, and for
// the join page the hand the pre-paint fills in (src/boot/hand-preview.ts). Each is the app's own
// render in jsdom (scripts/prerender/render-screen.tsx), on a fresh copy of its modules, in a
// process of its own (scripts/prerender/run.mjs).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import type { ViteDevServer } from 'vite';
import { LANGUAGES, type Language } from '../../src/domain/language/languages.ts';
import { ROUTE_ENTRIES, type RouteId } from '../../src/domain/routes/route-table.ts';
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

/** One pre-rendered screen of a page. */
export type Shell = {
  route: RouteId;
  /** The address query it is for ('' for none). */
  query: string;
  lang: Language;
  title: string;
  /** #root's markup. */
  html: string;
  /** 'hydrate': the app hydrates this markup (the home screen in bokmål); else renders over it. */
  kind: 'hydrate' | 'render' | 'prepaint';
  presenting?: string;
  /** A presented template's run id: a tab that has presented it gets no shell (shell-boot.ts). */
  run?: string;
};

/** Static markup must not carry style attributes: the Content-Security-Policy refuses them. */
function unstyled(what: string, markup: string): string {
  if (/<[^>]+\sstyle="/.test(markup)) throw new Error(`${what}: a style attribute (refused by the CSP)`);
  return markup;
}

const pageUrl = (path: string, query: string) =>
  `${ORIGIN}${path === '/' ? '' : `${path.slice(1)}/`}${query ? `?${query}` : ''}`;

/** Renders every page's shells in every language. */
export async function renderShells(vite: ViteDevServer): Promise<Shell[]> {
  const dom = installDom(ORIGIN);
  /** The render module on a fresh copy of the app's modules, at an address with clean storage. */
  const fresh = async (url: string): Promise<RenderModule> => {
    dom.goTo(url);
    localStorage.clear();
    sessionStorage.clear();
    vite.moduleGraph.invalidateAll();
    return (await vite.ssrLoadModule('/scripts/prerender/render-screen.tsx')) as RenderModule;
  };
  const shells: Shell[] = [];
  try {
    for (const [route, spec] of ROUTE_ENTRIES) {
      for (const query of spec.shells) {
        const run = /^template=([\w-]+)$/.exec(query)?.[1];
        for (const lang of LANGUAGES) {
          const what = `${route}?${query} (${lang})`;
          const render = await fresh(pageUrl(spec.path, query));
          if (route === 'home' && lang === 'nb') {
            const html = unstyled(what, await render.renderRoot(lang));
            shells.push({ route, query, lang, title: 'Kortstokk', html, kind: 'hydrate' });
            continue;
          }
          const { title, frame, presenting } = await render.renderMain(lang);
          shells.push({
            route,
            query,
            lang,
            title,
            html: unstyled(what, frame),
            kind: 'render',
            ...(presenting ? { presenting } : {}),
            ...(run ? { run: `template-${run}` } : {}),
          });
        }
      }
    }
    const join = prepaintJoinQuery();
    for (const lang of LANGUAGES) {
      const render = await fresh(`${ORIGIN}join/#${join}`);
      render.rememberSeat(join, PREPAINT_SEAT.seat, PREPAINT_SEAT.name);
      const { title, frame } = await render.renderMain(lang);
      const html = unstyled(`join pre-paint (${lang})`, render.prepaintFrame(frame));
      shells.push({ route: 'join', query: '', lang, title, html, kind: 'prepaint' });
    }
    return shells;
  } finally {
    dom.restore();
  }
}
