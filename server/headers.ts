// The one source of the HTTP headers the app is served with: the Node server sends them
// (server/static-files.ts), and the build writes them for the static hosts (server/deploy-files.ts:
// `_headers` for Netlify and Cloudflare Pages, the locations nginx includes). Change them here only.
import { cspHeaderFrom } from '../scripts/csp.ts';

/** Hashed build output: its name changes with its content, so it can be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (the page, the service worker, the manifest): revalidated on every load. */
export const NO_CACHE = 'no-cache';
/** No copy at all: a health answer is about this moment. */
export const NO_STORE = 'no-store';

/** The default for paths no cache rule names. */
export const DEFAULT_CACHE = NO_CACHE;

/** The folder of the build whose files are named by their content hash. */
export const HASHED_PREFIX = '/assets/';

/** The header files the build writes for other hosts (server/deploy-files.ts). */
export const HEADERS_FILE = '_headers';
export const NGINX_FILE = 'nginx-app.conf';

/**
 * Paths of files the build writes for hosts, not for browsers: no server serves them
 * (Netlify and Cloudflare Pages hide `_headers` themselves).
 */
export const HOST_FILES: readonly string[] = [`/${HEADERS_FILE}`, `/${NGINX_FILE}`];

/**
 * Headers every response carries, given the policy of the build (the meta tag's policy in its
 * built index.html). HSTS is ignored by browsers over plain http, so it is safe to always send;
 * over HTTPS it keeps a phone from ever being sent to the http address.
 */
export function securityHeaders(metaPolicy: string): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeaderFrom(metaPolicy),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Strict-Transport-Security': 'max-age=31536000',
  };
}

/** The Cache-Control of a URL path: hashed assets for a year, everything else revalidated. */
export const cacheControlFor = (path: string) => (path.startsWith(HASHED_PREFIX) ? IMMUTABLE : DEFAULT_CACHE);

/**
 * The cache rules as path patterns, for hosts that take a list (`_headers`, nginx locations).
 * The page and the service worker are named even though NO_CACHE is also the default: a host
 * whose own default is a long cache must still never keep them.
 */
export const CACHE_RULES: readonly { pattern: string; cacheControl: string }[] = [
  { pattern: `${HASHED_PREFIX}*`, cacheControl: IMMUTABLE },
  { pattern: '/', cacheControl: NO_CACHE },
  { pattern: '/index.html', cacheControl: NO_CACHE },
  { pattern: '/sw.js', cacheControl: NO_CACHE },
];

/** The Content-Type of each kind of file the build holds. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};
