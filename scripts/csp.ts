// The one Content-Security-Policy of the app. The build writes it into index.html as a meta tag,
// with the hash of the inlined stylesheet (vite.config.ts); the server (server/headers.ts) sends the
// same policy as a header, read back from the built index.html, plus `frame-ancestors` (header-only).
const directives = (styleHashes: readonly string[], scriptHashes: readonly string[]) => [
  "default-src 'self'",
  ["script-src 'self'", ...scriptHashes].join(' '),
  ["style-src 'self'", ...styleHashes].join(' '),
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The policy for the meta tag, allowing the given `'sha256-…'` style and script hashes. */
export const cspMeta = (styleHashes: readonly string[] = [], scriptHashes: readonly string[] = []) =>
  directives(styleHashes, scriptHashes).join('; ');

/** The header form of a meta policy: the same, plus what only a header can say. */
export const cspHeaderFrom = (metaPolicy: string) => `${metaPolicy}; frame-ancestors 'none'`;

/** Reads the policy out of a built index.html. */
export const cspFromHtml = (html: string): string | null =>
  /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? null;
