// A small static server for the built app: the CSP as a header (the form hosts should use),
// no-cache for the service worker and the page, long cache for hashed assets.
// `node scripts/serve.mjs [dir] [port]`; also imported by the browser tests.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cspFromHtml, cspHeaderFrom, cspMeta } from './csp.js';

const TYPES = {
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

const COMPRESSIBLE = /text|json|javascript|svg/;

const baseHeaders = (csp) => ({
  'Content-Security-Policy': cspHeaderFrom(csp),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

const policyOf = (root) => {
  try {
    return cspFromHtml(readFileSync(join(root, 'index.html'), 'utf8')) ?? cspMeta();
  } catch {
    return cspMeta();
  }
};

/** Serves `dir` on 127.0.0.1:`port`; resolves to the server once it listens. */
export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const HEADERS = baseHeaders(policyOf(root));
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(root, path);
      if (!file.startsWith(root)) throw Object.assign(new Error('outside'), { status: 403 });
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) throw Object.assign(new Error('not found'), { status: 404 });
      const hashed = path.startsWith('/assets/');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '') && COMPRESSIBLE.test(type);
      if (gzip) body = gzipSync(body);
      res.writeHead(200, {
        ...HEADERS,
        'Content-Type': type,
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(error.status ?? 500, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error.status ?? 500));
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'dist', port = '4173'] = process.argv.slice(2);
  await startServer({ dir, port: Number(port) });
  console.log(`Kortstokk is running at http://localhost:${port}/ (serving ${dir}; Ctrl+C stops it)`);
}
