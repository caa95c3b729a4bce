// The phone's hand, painted before the app has arrived. A participant opens a join link on a
// phone, often on a crowded workshop network: the app (React and the join screen, ~170 kB) takes
// seconds there, this code (a few kB) and the one deck it needs take a fraction of that. It
// computes the hand exactly as the join screen does and fills the page's pre-paint template,
// inert, like the other pre-rendered shells. The app then renders the same screen over it in one
// commit. It writes nothing and changes nothing: when anything is unexpected, it simply does not
// paint, and the app shows the screen as it always did.
// Built twice (scripts/hand-preview-plugin.ts): alone (src/boot/hand-preview.ts, the decks come
// as files) and with one deck's data in the same file (src/boot/hand-preview-with-deck.ts).
import { fillHandShell } from './fill-hand-shell.ts';
import { handPrepaint, linkDeckIds } from './hand-prepaint.ts';
import { isLanguage } from '../domain/language/languages.ts';
import { routeOf } from '../lib/app-route.ts';
import { offerEarlyNote } from '../lib/early-note.ts';
import { HTML_CLASS, awaitingPaint, setHtmlClass, setHtmlData } from '../lib/html-flags.ts';
import { announcePrepaintDeclined } from '../lib/prepaint-outcome.ts';

/** Where the pre-paint gets a deck's parsed file, by deck id. */
export type LoadDeck = (id: string) => Promise<unknown>;

/**
 * One deck file, through the preload the page's starter made for it (src/boot/start-app.ts knows
 * the built file of every deck; the service worker caches them): a deck it did not preload is
 * not built in.
 */
export async function fetchPreloadedDeck(id: string): Promise<unknown> {
  const link = document.querySelector<HTMLLinkElement>(`link[rel="preload"][data-deck="${CSS.escape(id)}"]`);
  if (!link) throw new Error(`no built-in deck ${id}`);
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`deck ${id}: ${response.status}`);
  return response.json();
}

/** The join page's pre-paint template in the visit's language. */
const templateFor = (lang: string) =>
  document.querySelector<HTMLTemplateElement>(`template[data-prepaint][data-lang="${CSS.escape(lang)}"]`);

/** Paints the hand; false when it did not (the app shows the screen). */
async function prepaint(loadDeck: LoadDeck): Promise<boolean> {
  const appName = document.title;
  const address = window.location.href;
  const { path, query } = routeOf(window.location);
  const template = templateFor(document.documentElement.lang);
  if (path !== '/join' || query === '' || !template || !awaitingPaint()) return false;
  const ids = linkDeckIds(query);
  if (ids === null) return false;
  const lang = document.documentElement.lang;
  if (!isLanguage(lang)) return false;
  const data = handPrepaint(query, await Promise.all(ids.map(loadDeck)), undefined, lang);
  const root = document.getElementById('root');
  // Too late when the app has begun to render (it owns #root from then on) or the address moved.
  if (data === null || !root || !awaitingPaint() || window.location.href !== address) return false;
  root.replaceChildren(fillHandShell(template, data));
  // Nothing here works before the app but the note field: its text and focus go to the app's
  // (src/lib/early-note.ts). The rest waits, inert.
  const main = document.getElementById('main');
  const note = main?.querySelector<HTMLTextAreaElement>('.card-note textarea');
  for (const part of main?.querySelectorAll<HTMLElement>('button, a, select') ?? []) part.inert = true;
  if (note) offerEarlyNote(data.card.ref, note);
  else if (main) main.inert = true;
  document.title = data.title === appName ? data.title : `${data.title} – ${appName}`;
  setHtmlData('shell', 'render');
  setHtmlClass(HTML_CLASS.pending, false);
  return true;
}

/**
 * Paints the hand when it can; a failure costs nothing (the app renders the screen as before),
 * and the starter is told at once, so the app does not wait for a paint that is not coming.
 */
export function runHandPreview(loadDeck: LoadDeck): void {
  prepaint(loadDeck)
    .catch(() => false)
    .then((painted) => {
      if (!painted) announcePrepaintDeclined();
    })
    .catch(() => undefined);
}
