/** A location inside the app: the path after `#` and its query string (without `?`). */
export type HashRoute = { path: string; query: string };

/**
 * Reads a `location.hash` like `#/join?s=1` into its path and query. Anything that is not a
 * path (empty, `#main`) is the home route, so in-page anchors never break routing.
 */
export function parseHashRoute(hash: string): HashRoute {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.startsWith('/')) return { path: '/', query: '' };
  const q = raw.indexOf('?');
  const path = (q === -1 ? raw : raw.slice(0, q)).replace(/\/+$/, '') || '/';
  return { path, query: q === -1 ? '' : raw.slice(q + 1) };
}

/** Builds an href for a route path (and optional query). */
export function hrefFor(path: string, query = ''): string {
  return `#${path}${query ? `?${query}` : ''}`;
}
