import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { prepareScreen } from './app/routes.tsx';
import { initI18n } from './i18n/init.ts';
import { DEFAULT_LANGUAGE, matchLanguage } from './domain/language/languages.ts';
import { routeOf } from './lib/app-route.ts';
import { paintedShell, setHtmlData } from './lib/html-flags.ts';
import { registerServiceWorker } from './pwa/register.ts';
import { useAppStore } from './store/store.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

async function start() {
  const chosen = useAppStore.getState().prefs.language;
  const lang = chosen ?? matchLanguage(navigator.languages) ?? DEFAULT_LANGUAGE;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  const { path, query } = routeOf(window.location);
  await initI18n(lang);
  // The page's screen as the boot script painted it from its pre-rendered shells (in the
  // language head-boot chose by the same rule as `lang` above), or nothing.
  const painted = paintedShell();
  if (painted === 'hydrate') {
    // Hydrating keeps the painted nodes, so the first paint stays the largest.
    hydrateRoot(root, app);
  } else {
    // Its screen is made whole first (code, strings, decks: the page has started their
    // downloads), then rendered in one commit. Over its pre-rendered shell, that commit looks the
    // same, so nothing flashes or moves; without one, #root is empty and hidden until then. A
    // screen that cannot be prepared (offline, not cached) renders anyway and says so through
    // its error boundary.
    await prepareScreen(path, query).catch(() => undefined);
    // From here the app owns #root: a pre-paint still on its way (src/boot) stays out.
    setHtmlData('app', 'rendering');
    if (painted === undefined) root.replaceChildren();
    // Over a painted shell the render may take its time: as a transition, React yields to the
    // browser between pieces of it (a tap or a key is not held up), and still commits once.
    if (painted === 'render') startTransition(() => createRoot(root).render(app));
    else createRoot(root).render(app);
  }
  // After first paint: the service worker is not needed to show the first screen.
  window.addEventListener('load', () => void registerServiceWorker(), { once: true });
  if (document.readyState === 'complete') void registerServiceWorker();
}

void start();
