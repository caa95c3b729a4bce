import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { HomePage } from '../features/home/home-page.tsx';

type Screen = ComponentType | LazyExoticComponent<ComponentType>;

// Home is in the main chunk (first paint); every other screen loads on demand and is precached.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

/** Every route of the app. Paths are hash paths (`#/solo`), so deep links work offline. */
export const ROUTES: Record<string, Screen> = {
  '/': HomePage,
  '/workshop': named(() => import('../features/workshop/workshop-page.tsx'), 'WorkshopPage'),
  '/present': named(() => import('../features/presenter/presenter-page.tsx'), 'PresenterPage'),
  '/notes': named(() => import('../features/notes-wall/notes-wall-page.tsx'), 'NotesWallPage'),
  '/join': named(() => import('../features/join/join-page.tsx'), 'JoinPage'),
  '/solo': named(() => import('../features/solo/solo-page.tsx'), 'SoloPage'),
  '/decks': named(() => import('../features/decks/decks-page.tsx'), 'DecksPage'),
  '/privacy': named(() => import('../features/about/privacy-page.tsx'), 'PrivacyPage'),
  '/accessibility': named(() => import('../features/about/accessibility-page.tsx'), 'AccessibilityPage'),
  '/settings': named(() => import('../features/settings/settings-page.tsx'), 'SettingsPage'),
};

/** The route paths, for tests and link checks. */
export const ROUTE_PATHS = Object.keys(ROUTES);
