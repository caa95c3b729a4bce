import { Suspense, useEffect } from 'react';
import { AppFooter } from '../components/app-footer.tsx';
import { AppHeader } from '../components/app-header.tsx';
import { MotionProvider } from '../components/motion/motion-provider.tsx';
import { Notices } from '../components/notices.tsx';
import { SkipLink } from '../components/skip-link.tsx';
import { useInAppLinks } from '../hooks/use-in-app-links.ts';
import { useRoute } from '../hooks/use-route.ts';
import { HTML_CLASS, setHtmlClass, setHtmlData } from '../lib/html-flags.ts';
import { UpdateBanner } from '../pwa/update-banner.tsx';
import { selectMotionPref } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { NotFound } from './not-found.tsx';
import { PREPARED, ROUTES } from './routes.tsx';

/** The composition root: layout, providers, and the screen for the current route. */
export function App() {
  const { path } = useRoute();
  const motion = useAppStore(selectMotionPref);
  useInAppLinks();
  useEffect(() => {
    setHtmlData('motion', motion);
  }, [motion]);
  // The first screen is rendered: show it (the page's boot script hid it until something painted).
  useEffect(() => setHtmlClass(HTML_CLASS.pending, false), []);
  const Screen = PREPARED[path] ?? ROUTES[path] ?? NotFound;
  return (
    <MotionProvider>
      <SkipLink />
      <AppHeader />
      <UpdateBanner />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={path}>
          <Suspense fallback={<p className="loading" aria-busy="true" />}>
            <Screen />
          </Suspense>
        </ErrorBoundary>
      </main>
      <AppFooter />
      <Notices />
    </MotionProvider>
  );
}
