import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { initI18n } from './i18n/init.ts';
import { DEFAULT_LANGUAGE, matchLanguage } from './domain/language/languages.ts';
import { registerServiceWorker } from './pwa/register.ts';
import { useAppStore } from './store/store.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

async function start() {
  const chosen = useAppStore.getState().prefs.language;
  await initI18n(chosen ?? matchLanguage(navigator.languages) ?? DEFAULT_LANGUAGE);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // After first paint: the service worker is not needed to show the first screen.
  window.addEventListener('load', () => void registerServiceWorker(), { once: true });
  if (document.readyState === 'complete') void registerServiceWorker();
}

void start();
