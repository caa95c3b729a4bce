// Every screen of the app as plain data: the one list that the app (src/app/routes.tsx), the
// build (scripts/screen-assets.ts, vite.config.ts) and the tests import. It lives in src/domain
// because the build and the pre-paint read it too: it imports nothing else and runs anywhere.
import { ROUTE_ADDRESSES } from './route-addresses.ts';

/** What a screen needs before its first render, and how its first paint is made. */
export type RouteSpec = {
  /** The route's path (its page is `solo/` under the app's base for '/solo'): route-addresses.ts. */
  readonly path: `/${string}`;
  /** Its query is in the address's fragment: route-addresses.ts. */
  readonly fragment?: true;
  /**
   * The screen's module (from the repository root) and the component it exports; null for the
   * home screen, which is in the main chunk. src/app/routes.tsx holds the matching import().
   */
  readonly module: { readonly file: `src/features/${string}.tsx`; readonly component: string } | null;
  /** The i18next namespaces its first render uses, loaded side by side with its code. */
  readonly namespaces: readonly string[];
  /**
   * `true`: the first view lists or shows cards, so it is prepared with every deck loaded;
   * 'link': only the decks its address names (a join link's `d`), so a phone loads one or two.
   */
  readonly decks: boolean | 'link';
  /**
   * The address queries ('' for none; `view=draw` for `/decks/?view=draw`) whose screen the
   * route's page carries pre-rendered in every language, painted before any JavaScript runs
   * (rendered by the build: scripts/prerender).
   */
  readonly shells: readonly string[];
  /** The screen is painted early by its own pre-paint module (src/boot), from its address. */
  readonly prepaint?: true;
};

/** The templates a presenter opens most, whose first step is pre-rendered. */
const SHELL_TEMPLATES = ['verksted-ledelse', 'framtid-45', 'naervaer-90'] as const;

/** Every route of the app, by id. */
export const ROUTE_TABLE = {
  home: { ...ROUTE_ADDRESSES.home, module: null, namespaces: [], decks: false, shells: [''] },
  solo: {
    ...ROUTE_ADDRESSES.solo,
    module: { file: 'src/features/solo/solo-page.tsx', component: 'SoloPage' },
    namespaces: ['solo', 'cards', 'timer', 'issues'],
    decks: true,
    shells: [''],
  },
  decks: {
    ...ROUTE_ADDRESSES.decks,
    module: { file: 'src/features/decks/decks-page.tsx', component: 'DecksPage' },
    namespaces: ['decks', 'cards', 'issues'],
    decks: true,
    // The list's shell too would take the page over its budget (14 kB gzip) in three languages.
    shells: ['view=draw'],
  },
  workshop: {
    ...ROUTE_ADDRESSES.workshop,
    module: { file: 'src/features/workshop/workshop-page.tsx', component: 'WorkshopPage' },
    namespaces: ['workshop', 'cards', 'issues', 'address'],
    decks: false,
    shells: [''],
  },
  notes: {
    ...ROUTE_ADDRESSES.notes,
    module: { file: 'src/features/notes-wall/notes-wall-page.tsx', component: 'NotesWallPage' },
    namespaces: ['notes', 'cards', 'issues'],
    decks: false,
    shells: [''],
  },
  present: {
    ...ROUTE_ADDRESSES.present,
    module: { file: 'src/features/presenter/presenter-page.tsx', component: 'PresenterPage' },
    namespaces: ['presenter', 'cards', 'timer', 'address'],
    decks: true,
    shells: SHELL_TEMPLATES.map((id) => `template=${id}`),
  },
  join: {
    ...ROUTE_ADDRESSES.join,
    module: { file: 'src/features/join/join-page.tsx', component: 'JoinPage' },
    namespaces: ['join', 'cards'],
    decks: 'link',
    shells: [],
    prepaint: true,
  },
  privacy: {
    ...ROUTE_ADDRESSES.privacy,
    module: { file: 'src/features/about/privacy-page.tsx', component: 'PrivacyPage' },
    namespaces: ['about'],
    decks: false,
    shells: [''],
  },
  accessibility: {
    ...ROUTE_ADDRESSES.accessibility,
    module: { file: 'src/features/about/accessibility-page.tsx', component: 'AccessibilityPage' },
    namespaces: ['about'],
    decks: false,
    shells: [''],
  },
  settings: {
    ...ROUTE_ADDRESSES.settings,
    module: { file: 'src/features/settings/settings-page.tsx', component: 'SettingsPage' },
    namespaces: [],
    decks: false,
    // No shell: the screen shows the choices stored on this device, which the build cannot know.
    shells: [],
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteId = keyof typeof ROUTE_TABLE;
export type RoutePath = (typeof ROUTE_TABLE)[RouteId]['path'];

/** The routes whose screen loads on demand (every one but home), by id. */
export type LazyRouteId = {
  [K in RouteId]: (typeof ROUTE_TABLE)[K]['module'] extends null ? never : K;
}[RouteId];

/** The component a lazy route's module exports. */
export type RouteComponent<K extends LazyRouteId> = NonNullable<
  (typeof ROUTE_TABLE)[K]['module']
>['component'];

/** The routes as [id, spec] pairs, in the table's order. */
export const ROUTE_ENTRIES = Object.entries(ROUTE_TABLE) as [RouteId, RouteSpec][];

/** Every route path. */
export const ROUTE_PATHS = ROUTE_ENTRIES.map(([, route]) => route.path) as RoutePath[];

/** The file of a route's page in the build: `index.html` for '/', `solo/index.html` for '/solo'. */
export const pageFileOf = (path: RoutePath | RouteSpec['path']): string =>
  path === '/' ? 'index.html' : `${path.slice(1)}/index.html`;

/** Every page file the build writes, one per route. */
export const PAGE_FILES: readonly string[] = ROUTE_PATHS.map(pageFileOf);
