// Renders the app's screens in jsdom the way the browser's first render does: with the bokmål
// strings, the built-in decks (validated) and a screen's lazy parts prepared. Used to keep the
// pre-rendered shells of index.html equal to the app (static-shells.test.tsx) and to prove the
// hand's pre-paint draws what the app draws (tests/boot/hand-preview.test.tsx).
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { vi } from 'vitest';
import { loadCardDecks } from '../features/presenter/load-decks.ts';

/** The app's modules, fresh (no state from an earlier render), with the decks ready. */
export async function freshApp() {
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

/** A deep link's <main> as the app renders it on the client, once its screen is prepared. */
export async function renderShell(
  hash: string,
  setup = () => {},
): Promise<{ title: string; main: string; presenting: string | undefined }> {
  window.location.hash = hash;
  localStorage.clear();
  setup();
  const { App, prepareScreen } = await freshApp();
  const [path, query = ''] = hash.slice(1).split('?');
  await prepareScreen(path!, query);
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
  // A screen that themes the whole page (the presenter's projector theme) says so on <html>.
  const presenting = document.documentElement.dataset.presenting;
  act(() => root.unmount());
  container.remove();
  return { title: document.title, main, presenting };
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
