// The Content-Security-Policy of the app. The build writes it into each page as a meta tag, with
// the hashes of that page's own inline scripts and styles (scripts/pages-plugin.ts); the server
// and the static hosts' header files (server/headers.ts) send, for every path, the policy that
// allows the inline parts of all pages (unionPolicy), plus `frame-ancestors` (header-only). A
// browser enforces both, so each page runs only its own inline parts.
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

/** The `'sha256-…'` sources a policy allows, for styles and for scripts. */
export function inlineHashes(policy: string): { style: string[]; script: string[] } {
  const sources = (directive: string) =>
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([name]) => name === directive)
      ?.filter((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source)) ?? [];
  return { style: sources('style-src'), script: sources('script-src') };
}

/** One policy that allows the inline parts of every given page policy: the header's. */
export function unionPolicy(pagePolicies: readonly string[]): string {
  const all = pagePolicies.map(inlineHashes);
  const unique = (kind: 'style' | 'script') => [...new Set(all.flatMap((hashes) => hashes[kind]))];
  return cspMeta(unique('style'), unique('script'));
}
