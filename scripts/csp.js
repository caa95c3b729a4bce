// The one Content-Security-Policy of the app. index.html gets it as a meta tag at build time
// (vite.config.ts); scripts/serve.mjs and the README's host examples send it as a header.
// `frame-ancestors` only works as a header, so the meta form leaves it out.
const base = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
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

export const cspMeta = base.join('; ');
export const cspHeader = [...base, "frame-ancestors 'none'"].join('; ');
