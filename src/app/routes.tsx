import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { HomePage } from '../features/home/home-page.tsx';
import { loadNamespaces } from '../i18n/init.ts';

type Screen = ComponentType | LazyExoticComponent<ComponentType>;

// Home is in the main chunk (first paint); every other screen loads on demand and is precached,
// its code and its strings (i18next namespaces, in the current language) fetched side by side.
const screen = <K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  namespaces: string[],
) => lazy(() => Promise.all([load(), loadNamespaces(namespaces)]).then(([m]) => ({ default: m[name] })));

/** Every route of the app. Paths are hash paths (`#/solo`), so deep links work offline. */
export const ROUTES: Record<string, Screen> = {
  '/': HomePage,
  '/workshop': screen(() => import('../features/workshop/workshop-page.tsx'), 'WorkshopPage', [
    'workshop',
    'cards',
    'issues',
  ]),
  '/present': screen(() => import('../features/presenter/presenter-page.tsx'), 'PresenterPage', [
    'presenter',
    'cards',
    'timer',
  ]),
  '/notes': screen(() => import('../features/notes-wall/notes-wall-page.tsx'), 'NotesWallPage', [
    'notes',
    'cards',
    'issues',
  ]),
  '/join': screen(() => import('../features/join/join-page.tsx'), 'JoinPage', ['join', 'cards']),
  '/solo': screen(() => import('../features/solo/solo-page.tsx'), 'SoloPage', [
    'solo',
    'cards',
    'timer',
    'issues',
  ]),
  '/decks': screen(() => import('../features/decks/decks-page.tsx'), 'DecksPage', [
    'decks',
    'cards',
    'issues',
  ]),
  '/privacy': screen(() => import('../features/about/privacy-page.tsx'), 'PrivacyPage', ['about']),
  '/accessibility': screen(() => import('../features/about/accessibility-page.tsx'), 'AccessibilityPage', [
    'about',
  ]),
  '/settings': screen(() => import('../features/settings/settings-page.tsx'), 'SettingsPage', []),
};

/** The route paths, for tests and link checks. */
export const ROUTE_PATHS = Object.keys(ROUTES);
