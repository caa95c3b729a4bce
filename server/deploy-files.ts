// The header files the build writes next to the app for hosts other than the Node server
// (vite.config.ts), from the one header set in headers.ts.
import { CACHE_RULES, CONTENT_TYPES, DEFAULT_CACHE, HOST_FILES, securityHeaders } from './headers.ts';

/** `_headers` for Netlify and Cloudflare Pages: every header on every path, then the cache rules. */
export function netlifyHeaders(metaPolicy: string): string {
  const lines = [
    '# Written by `npm run build` from server/headers.ts, the headers the Node server sends too.',
    '# Netlify and Cloudflare Pages read this file; do not edit it, rebuild.',
    '/*',
    ...Object.entries(securityHeaders(metaPolicy)).map(([name, value]) => `  ${name}: ${value}`),
    // Paths without a rule keep the host's default, which for both is "revalidate".
    ...CACHE_RULES.flatMap(({ pattern, cacheControl }) => [pattern, `  Cache-Control: ${cacheControl}`]),
  ];
  return `${lines.join('\n')}\n`;
}

const quoted = (value: string) => {
  if (/["\\$\n]/.test(value)) throw new Error(`A header value nginx cannot take as it is: ${value}`);
  return `"${value}"`;
};

/** The nginx location of a cache rule's pattern: `/x/*` a prefix, anything else the exact path. */
const locationOf = (pattern: string) =>
  pattern.endsWith('*') ? `^~ ${pattern.slice(0, -1)}` : `= ${pattern}`;

/**
 * The part of an nginx server block that is the app's: its locations, each with every header
 * (nginx drops the server block's `add_header` lines in a location that has its own, so they are
 * repeated), the cache rules, the content type nginx's own list lacks, and the files that are
 * for hosts only. deploy/nginx-static.conf includes it.
 */
export function nginxLocations(metaPolicy: string): string {
  const headers = Object.entries(securityHeaders(metaPolicy)).map(
    ([name, value]) => `    add_header ${name} ${quoted(value)} always;`,
  );
  const location = (where: string, cacheControl: string, ...body: string[]) => [
    `location ${where} {`,
    ...headers,
    `    add_header Cache-Control ${quoted(cacheControl)} always;`,
    ...body.map((line) => `    ${line}`),
    '}',
  ];
  const manifestType = (CONTENT_TYPES['.webmanifest'] ?? '').split(';')[0] ?? '';
  const lines = [
    '# Written by `npm run build` from server/headers.ts, the headers the Node server sends too.',
    '# Included inside the server block of deploy/nginx-static.conf; do not edit it, rebuild.',
    'index index.html;',
    '',
    ...CACHE_RULES.flatMap(({ pattern, cacheControl }) => [
      ...location(locationOf(pattern), cacheControl, 'try_files $uri $uri/ =404;'),
      '',
    ]),
    "# The build's own dot files (.vite/manifest.json), not the app's; /.well-known/ stays open.",
    'location ~ /\\.(?!well-known/) { return 404; }',
    '',
    '# Not in the mime.types of older nginx (Debian 12 has 1.22).',
    ...location('~ \\.webmanifest$', DEFAULT_CACHE, 'types { }', `default_type ${manifestType};`),
    '',
    '# For hosts, not for browsers.',
    ...HOST_FILES.map((path) => `location = ${path} { return 404; }`),
    '',
    '# Every screen is a page of its own (/solo/ is solo/index.html); a path that is no file is a 404.',
    ...location('/', DEFAULT_CACHE, 'try_files $uri $uri/ =404;'),
  ];
  return `${lines.join('\n')}\n`;
}
