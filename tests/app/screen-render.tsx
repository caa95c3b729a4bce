// Renders the app's screens in jsdom the way the build's pre-render does
// (scripts/prerender/render-screen.tsx), on a fresh copy of the app's modules per render. Used to
// prove the hand's pre-paint draws what the app draws (tests/boot/hand-preview.test.tsx).
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import type { Language } from '../../src/domain/language/languages.ts';
import type { RenderedScreen } from '../../scripts/prerender/render-screen.tsx';

export { prepaintPart } from '../../scripts/prerender/render-screen.tsx';

/** A deep link's <main> as the app renders it on the client, once its screen is prepared. */
export async function renderShell(
  hash: string,
  setup = () => {},
  lang: Language = 'nb',
): Promise<RenderedScreen> {
  window.location.hash = hash;
  localStorage.clear();
  setup();
  vi.resetModules();
  const { renderMain } = await import('../../scripts/prerender/render-screen.tsx');
  return renderMain(lang);
}
