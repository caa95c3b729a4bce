import type { IncomingMessage, ServerResponse } from 'node:http';
import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { CONTENT_TYPES, HOST_FILES, cacheControlFor } from './headers.ts';

const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /text|json|javascript|svg/;

/** An answer that is not a file: its status, and a short text body. */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(String(status));
  }
}

/**
 * The URL path of a request made safe to join to the root: decoded, normalised (no `..` can
 * climb above `/`), `/` → `/index.html`. Throws 400 for a path that cannot be decoded or holds
 * a NUL byte.
 */
export function filePathOf(url: string): string {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    throw new HttpError(400);
  }
  if (path.includes('\0')) throw new HttpError(400);
  path = normalize(path);
  return path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * A dot file or folder (the build's `.vite/manifest.json`): the build's own, not the app's. A
 * host's `/.well-known/` stays open (certificates are proved there).
 */
export const isHidden = (path: string) => /\/\.(?!well-known\/)/.test(path);

type Gzipped = { mtimeMs: number; size: number; body: Buffer };

/**
 * Serves the files of a build folder: GET and HEAD, gzip where the browser takes it, the cache
 * rules of headers.ts and a weak ETag so that a revalidation costs a 304. The folder is asked
 * for on every request (`root()`), so the caller can swap it while serving.
 */
export function staticFiles(root: () => string) {
  const gzipped = new Map<string, Gzipped>();
  return async (req: IncomingMessage, res: ServerResponse, headers: Record<string, string>) => {
    const base = root();
    const path = filePathOf(req.url ?? '/');
    if (HOST_FILES.includes(path) || isHidden(path)) throw new HttpError(404);
    const file = join(base, path);
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory() && (await stat(join(file, 'index.html')).catch(() => null))?.isFile()) {
      // A screen's page asked for without its slash (`/solo`): where nginx sends it too.
      const url = new URL(req.url ?? '/', 'http://localhost');
      res.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!info?.isFile()) throw new HttpError(404);
    // A link inside the build that points out of it is not the build's to serve.
    const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)]);
    if (!realFile.startsWith(realBase + sep)) throw new HttpError(403);

    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const compressible = COMPRESSIBLE.test(type);
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const common: Record<string, string> = {
      ...headers,
      'Content-Type': type,
      'Cache-Control': cacheControlFor(path),
      ETag: etag,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, common).end();
      return;
    }
    const useGzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body: Buffer;
    if (useGzip) {
      const known = gzipped.get(file);
      if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) body = known.body;
      else {
        body = await gzipAsync(await readFile(file));
        gzipped.set(file, { mtimeMs: info.mtimeMs, size: info.size, body });
      }
    } else body = await readFile(file);
    res.writeHead(200, {
      ...common,
      'Content-Length': String(body.length),
      ...(useGzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
