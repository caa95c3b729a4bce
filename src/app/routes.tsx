import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { HomePage } from '../features/home/home-page.tsx';
import { loadNamespaces } from '../i18n/init.ts';
import { useAppStore } from '../store/store.ts';
import {
  ROUTE_ENTRIES,
  ROUTE_TABLE,
  type LazyRouteId,
  type RouteComponent,
  type RouteSpec,
} from '../domain/routes/route-table.ts';

/** A screen that loads on demand, and can be made ready before the first render. */
type LazyScreen = LazyExoticComponent<ComponentType> & {
  /** Loads the screen's code, its strings and the data its first render (at `query`) shows. */
  prepare: (query: string) => Promise<ComponentType>;
};
type Screen = ComponentType | LazyScreen;

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
  { namespaces, decks }: RouteSpec,
): LazyScreen => {
  const code = () => Promise.all([load(), loadNamespaces([...namespaces])]).then(([m]) => m[name]);
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

/**
 * The code of each lazy route of ROUTE_TABLE. Vite finds a screen's chunk only from a literal
 * import(), so they are written out here, one per route id: a route missing here or one the
 * table lacks is a type error, as is a module that lacks the component the table names; the
 * build fails when an import here and the table's `module.file` differ (scripts/screen-assets.ts).
 */
const LOADERS: { [K in LazyRouteId]: () => Promise<Record<RouteComponent<K>, ComponentType>> } = {
  workshop: () => import('../features/workshop/workshop-page.tsx'),
  present: () => import('../features/presenter/presenter-page.tsx'),
  notes: () => import('../features/notes-wall/notes-wall-page.tsx'),
  join: () => import('../features/join/join-page.tsx'),
  solo: () => import('../features/solo/solo-page.tsx'),
  decks: () => import('../features/decks/decks-page.tsx'),
  privacy: () => import('../features/about/privacy-page.tsx'),
  accessibility: () => import('../features/about/accessibility-page.tsx'),
  settings: () => import('../features/settings/settings-page.tsx'),
};

const lazyScreen = <K extends LazyRouteId>(id: K): LazyScreen => {
  const route = ROUTE_TABLE[id];
  return screen(LOADERS[id], route.module.component as RouteComponent<K>, route);
};

/** Every route of the app by path (ROUTE_TABLE's), with its screen. */
export const ROUTES: Record<string, Screen> = Object.fromEntries(
  ROUTE_ENTRIES.map(([id, route]) => [route.path, id === 'home' ? HomePage : lazyScreen(id)]),
);

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
