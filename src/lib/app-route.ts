// Where the app is and how its addresses are made. Every screen is a page of its own at a path
// (`/solo/`, `/decks/?view=draw`, …) under the app's base (`/`, or a folder it is served from);
// a join link's data is in the fragment (`/join/#v=1&s=…`), which never reaches a server. Old
// addresses (`/#/solo?…`, printed on seat cards and in QR codes) are read too: src/boot/head-boot.ts
// moves them to their page before the first paint, and the app reads them where it runs first.
import { ADDRESS_LIST, ROUTE_ADDRESSES, type RouteAddress } from '../domain/routes/route-addresses.ts';

/** A location inside the app: the route's path (`/solo`) and its query (without `?` or `#`). */
export type AppRoute = { path: string; query: string };

/** The route of a hash in the old form (`#/join?s=1`); null for anything else (`#main`). */
export function parseHashRoute(hash: string): AppRoute | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.startsWith('/')) return null;
  const q = raw.indexOf('?');
  const path = (q === -1 ? raw : raw.slice(0, q)).replace(/\/+$/, '') || '/';
  return { path, query: q === -1 ? '' : raw.slice(q + 1) };
}

/**
 * Where an old `#/…` address on the home page now lives, relative to it (`./solo/?view=draw`,
 * `./join/#v=1&…`); null for any other hash, an unknown route or the home route.
 */
export function movedAddress(hash: string): string | null {
  const old = parseHashRoute(hash);
  if (!old || old.path === '/') return null;
  const route = ADDRESS_LIST.find((address) => address.path === old.path);
  if (!route) return null;
  const query = old.query === '' ? '' : `${route.fragment ? '#' : '?'}${old.query}`;
  return `.${route.path}/${query}`;
}

/** The folder of a path: `/a/solo/index.html` → `/a/solo/`. */
const folderOf = (pathname: string) => pathname.replace(/[^/]*$/, '');

/** The route whose page a folder is (the home route when none matches). */
function routeOfFolder(folder: string): RouteAddress {
  const found = ADDRESS_LIST.find((route) => route.path !== '/' && folder.endsWith(`${route.path}/`));
  return found ?? ROUTE_ADDRESSES.home;
}

/** The app's base path (`/` or `/folder/`) for a page's path. */
export function basePathOf(pathname: string): string {
  const folder = folderOf(pathname);
  const { path } = routeOfFolder(folder);
  return path === '/' ? folder : folder.slice(0, folder.length - path.length);
}

/** The route a location shows: an old `#/…` address first, else the page's path. */
export function routeOf(location: Pick<Location, 'pathname' | 'search' | 'hash'>): AppRoute {
  const old = parseHashRoute(location.hash);
  if (old) return old;
  const route = routeOfFolder(folderOf(location.pathname));
  return { path: route.path, query: route.fragment ? location.hash.slice(1) : location.search.slice(1) };
}

/** The app's base path where it runs now. */
export const appBasePath = (): string => basePathOf(window.location.pathname);

/**
 * The href of a route (and query): `/base/solo/?view=draw`; a join query goes in the fragment
 * (`/base/join/#v=1&…`). Absolute from the host, so it means the same on every page.
 */
export function hrefFor(path: string, query = ''): string {
  const folder = `${appBasePath()}${path === '/' ? '' : `${path.slice(1)}/`}`;
  if (query === '') return folder;
  const fragment = ADDRESS_LIST.some((route) => route.path === path && route.fragment);
  return `${folder}${fragment ? '#' : '?'}${query}`;
}

/** The event the app dispatches on window when it changes the address itself (pushState). */
export const ROUTE_EVENT = 'kortstokk:route';

/** Opens another screen of the app without reloading; the back button returns here. */
export function navigate(href: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event(ROUTE_EVENT));
  // A new screen starts at its top, as a loaded page would.
  if (!replace) window.scrollTo(0, 0);
}
