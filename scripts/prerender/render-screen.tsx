// Renders one screen of the app the way the browser's first render does: the strings of the
// language, the built-in decks (validated) and the screen's lazy parts prepared. It expects a
// fresh copy of the app's modules (no state from an earlier render) and a DOM whose location is
// the screen's address: the build loads it anew per screen (scripts/prerender/shells.ts), the
// tests with vi.resetModules (tests/app/screen-render.tsx).
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { App } from '../../src/app/app.tsx';
import { prepareScreen } from '../../src/app/routes.tsx';
import { decodeJoin } from '../../src/domain/join/decode-join.ts';
import type { Language } from '../../src/domain/language/languages.ts';
import { changeLanguage, initI18n } from '../../src/i18n/init.ts';
import { routeOf } from '../../src/lib/app-route.ts';
import { writeSeat } from '../../src/lib/seat-memory.ts';
import { sessionRefForJoin } from '../../src/lib/session-notes.ts';
import { useAppStore } from '../../src/store/store.ts';
import { loadCardDecks } from './card-decks.ts';

export type RenderedScreen = {
  title: string;
  /** The whole of #root: header, <main>, footer. */
  frame: string;
  /** <main>'s content. */
  main: string;
  presenting: string | undefined;
};

/** Style attributes (a deck's colour, set by React through the CSSOM) would be refused by the
 * Content-Security-Policy in static markup; the shell goes without them until the app renders. */
const unstyle = (markup: string) => markup.replace(/\sstyle="[^"]*"/g, '');

async function ready(lang: Language): Promise<void> {
  await initI18n(lang);
  // i18next lives outside the app's fresh modules: a language set by an earlier render stays.
  await changeLanguage(lang);
  useAppStore.setState({
    decks: { status: 'ready', builtIn: loadCardDecks(), imported: [], failures: [] },
    loadDecks: async () => undefined,
  });
}

/** The whole app (#root) as the server renders it: the markup the home screen hydrates from. */
export async function renderRoot(lang: Language): Promise<string> {
  await ready(lang);
  return renderToString(<App />);
}

/** The current address's <main> as the app renders it on the client, once its screen is prepared. */
export async function renderMain(lang: Language): Promise<RenderedScreen> {
  await ready(lang);
  const { path, query } = routeOf(window.location);
  await prepareScreen(path, query);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  // No act(): React's production build (the one a build runs) has none. The render is committed
  // at once; a screen that still waits for a lazy part says so with aria-busy.
  flushSync(() => root.render(<App />));
  // The first commit is what the shell must show (the notes still loading, say): wait only while
  // a lazy part is on its way.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 25));
  for (let i = 0; i < 20 && container.querySelector('main [aria-busy="true"]'); i += 1) await settle();
  const main = unstyle(container.querySelector('main')!.innerHTML);
  // The language menu cannot work before the app does: in the shell it is disabled, as in the
  // home screen's server render, and the app's first render enables it.
  container.querySelector('#language-select')?.setAttribute('disabled', '');
  // A screen in the projector theme hides the header and footer (src/styles/projector.css): its
  // shell goes without them, which keeps its page small.
  const presenting = document.documentElement.dataset.presenting;
  if (presenting) container.querySelectorAll('.app-header, .app-footer').forEach((part) => part.remove());
  const frame = unstyle(container.innerHTML);
  root.unmount();
  container.remove();
  return { title: document.title, frame, main, presenting };
}

/** The hand screen up to its hand: what follows (speed-date, hand-in) comes with the app. */
export function prepaintPart(main: string): string {
  const holder = document.createElement('div');
  holder.innerHTML = main;
  const hand = holder.querySelector('section.hand');
  if (!hand) throw new Error('the join screen rendered no hand');
  while (hand.nextSibling) hand.nextSibling.remove();
  return holder.innerHTML;
}

/** A join screen's frame with its <main> cut to the hand (prepaintPart). */
export function prepaintFrame(frame: string): string {
  const holder = document.createElement('div');
  holder.innerHTML = frame;
  const main = holder.querySelector('main');
  if (!main) throw new Error('the join screen rendered no <main>');
  main.innerHTML = prepaintPart(main.innerHTML);
  return holder.innerHTML;
}

/** Remembers a seat (and name) for a join link's session, as the join screen does. */
export function rememberSeat(joinQuery: string, seat: number, name?: string): void {
  const decoded = decodeJoin(joinQuery);
  if (!decoded.ok) throw new Error(`not a valid join link: ${joinQuery}`);
  const { seat: _seat, ...session } = decoded.session;
  writeSeat(sessionRefForJoin(session).code, name === undefined ? { seat } : { seat, name });
}
