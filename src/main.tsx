import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { initI18n } from './i18n/init.ts';
import { DEFAULT_LANGUAGE, matchLanguage } from './domain/language/languages.ts';
import { parseHashRoute } from './lib/hash-route.ts';
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
  // index.html holds the home screen in bokmål, pre-rendered: hydrating it keeps the painted
  // nodes, so the first paint stays the largest. Any other start renders afresh; the boot
  // script in index.html has hidden <main> until then (the `pending` class).
  const pending = document.documentElement.classList.contains('pending');
  await initI18n(lang);
  if (!pending && lang === DEFAULT_LANGUAGE && parseHashRoute(window.location.hash).path === '/') {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // After first paint: the service worker is not needed to show the first screen.
  window.addEventListener('load', () => void registerServiceWorker(), { once: true });
  if (document.readyState === 'complete') void registerServiceWorker();
}

void start();
