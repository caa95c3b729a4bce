import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { HomePage } from '../features/home/home-page.tsx';
import { loadNamespaces } from '../i18n/init.ts';
import { useAppStore } from '../store/store.ts';

/** A screen that loads on demand, and can be made ready before the first render. */
type LazyScreen = LazyExoticComponent<ComponentType> & {
  /** Loads the screen's code, its strings and the data its first render (at `query`) shows. */
  prepare: (query: string) => Promise<ComponentType>;
};
type Screen = ComponentType | LazyScreen;

// `decks`: the screen's first view lists or shows cards, so it is prepared with the decks loaded;
// 'link': only the decks its address names (a join link's `d`), so a phone loads one or two.
type Needs = { namespaces: string[]; decks?: boolean | 'link' };

/**
 * The deck ids a join link's query names (`d=id.version,…`); none when it names none. Only to
 * choose which files to load: the join screen validates the link. (parseDecks of
 * domain/join/join-values.ts would add half a kB to every first load, since routes is in it.)
 */
const queryDeckIds = (query: string) =>
  (new URLSearchParams(query).get('d') ?? '')
    .split(',')
    .map((ref) => ref.split('.')[0] ?? '')
    .filter((id) => id !== '');

// Home is in the main chunk (first paint); every other screen loads on demand and is precached,
// its code and its strings (i18next namespaces, in the current language) fetched side by side.
const screen = <K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  { namespaces, decks = false }: Needs,
): LazyScreen => {
  const code = () => Promise.all([load(), loadNamespaces(namespaces)]).then(([m]) => m[name]);
  const loadDecks = (query: string) => {
    const store = useAppStore.getState();
    if (decks === 'link') return store.loadDecksFor(queryDeckIds(query));
    return decks ? store.loadDecks() : undefined;
  };
  const prepare = (query: string) => Promise.all([code(), loadDecks(query)]).then(([c]) => c);
  return Object.assign(
    lazy(() => code().then((c) => ({ default: c }))),
    { prepare },
  );
};

/** Every route of the app. Paths are hash paths (`#/solo`), so deep links work offline. */
export const ROUTES: Record<string, Screen> = {
  '/': HomePage,
  '/workshop': screen(() => import('../features/workshop/workshop-page.tsx'), 'WorkshopPage', {
    namespaces: ['workshop', 'cards', 'issues', 'address'],
  }),
  '/present': screen(() => import('../features/presenter/presenter-page.tsx'), 'PresenterPage', {
    namespaces: ['presenter', 'cards', 'timer', 'address'],
    decks: true,
  }),
  '/notes': screen(() => import('../features/notes-wall/notes-wall-page.tsx'), 'NotesWallPage', {
    namespaces: ['notes', 'cards', 'issues'],
  }),
  '/join': screen(() => import('../features/join/join-page.tsx'), 'JoinPage', {
    namespaces: ['join', 'cards'],
    decks: 'link',
  }),
  '/solo': screen(() => import('../features/solo/solo-page.tsx'), 'SoloPage', {
    namespaces: ['solo', 'cards', 'timer', 'issues'],
    decks: true,
  }),
  '/decks': screen(() => import('../features/decks/decks-page.tsx'), 'DecksPage', {
    namespaces: ['decks', 'cards', 'issues'],
    decks: true,
  }),
  '/privacy': screen(() => import('../features/about/privacy-page.tsx'), 'PrivacyPage', {
    namespaces: ['about'],
  }),
  '/accessibility': screen(() => import('../features/about/accessibility-page.tsx'), 'AccessibilityPage', {
    namespaces: ['about'],
  }),
  '/settings': screen(() => import('../features/settings/settings-page.tsx'), 'SettingsPage', {
    namespaces: [],
  }),
};

/** The route paths, for tests and link checks. */
export const ROUTE_PATHS = Object.keys(ROUTES);

/** Screens made ready before the first render: rendered directly, so that render never suspends. */
export const PREPARED: Partial<Record<string, ComponentType>> = {};

/**
 * Makes the screen of `path` ready (code, strings, data) so the first render shows it whole.
 * Used once at start, when index.html already shows that screen's pre-rendered shell.
 */
export async function prepareScreen(path: string, query = ''): Promise<void> {
  const route = ROUTES[path];
  if (route && 'prepare' in route) PREPARED[path] = await route.prepare(query);
}
