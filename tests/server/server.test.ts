import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cspHeaderFrom, cspMeta } from '../../scripts/csp.ts';
import { IMMUTABLE, NO_CACHE, NO_STORE, securityHeaders } from '../../server/headers.ts';
import { startServer, type ServerHandle } from '../../server/start.ts';

const POLICY = cspMeta(["'sha256-abc='"]);
const page = (policy: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}" /></head><body>Kortstokk</body></html>`;
const SCRIPT = `console.log(${JSON.stringify('kort '.repeat(200))});`;

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

let dir = '';
let server: ServerHandle;

/** A request with the path sent exactly as given (no client-side normalising of `..`). */
const send = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Answer>((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });

const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

function build(root: string, policy = POLICY) {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), page(policy));
  writeFileSync(join(root, 'sw.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'app-1a2b3c.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'icon-1a2b3c.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, '_headers'), '/*\n  X: y\n');
  mkdirSync(join(root, '.vite'));
  writeFileSync(join(root, '.vite', 'manifest.json'), '{}');
  mkdirSync(join(root, '.well-known'));
  writeFileSync(join(root, '.well-known', 'security.txt'), 'Contact: x');
  mkdirSync(join(root, 'solo'));
  writeFileSync(join(root, 'solo', 'index.html'), '<!doctype html><title>solo page</title>');
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kortstokk-server-'));
  build(join(dir, 'dist'));
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'dist', 'linked.txt'));
  server = await startServer({ root: join(dir, 'dist'), host: '127.0.0.1', port: 0 });
});

afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the app server', () => {
  it('serves the page with the build’s policy as a header and the other security headers', async () => {
    const answer = await send('/');
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe(page(POLICY));
    expect(answer.headers).toMatchObject({
      ...lower(securityHeaders(POLICY)),
      'content-security-policy': cspHeaderFrom(POLICY),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': NO_CACHE,
    });
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('keeps hashed assets for a year and revalidates the service worker and the page', async () => {
    expect((await send('/assets/app-1a2b3c.js')).headers['cache-control']).toBe(IMMUTABLE);
    expect((await send('/sw.js')).headers['cache-control']).toBe(NO_CACHE);
    expect((await send('/index.html')).headers['cache-control']).toBe(NO_CACHE);
  });

  it('gzips text for a browser that takes it, and only then', async () => {
    const zipped = await send('/assets/app-1a2b3c.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(SCRIPT.length);
    expect(gunzipSync(zipped.body).toString()).toBe(SCRIPT);
    const again = await send('/assets/app-1a2b3c.js', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(again.body).toString()).toBe(SCRIPT);

    const plain = await send('/assets/app-1a2b3c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    const image = await send('/assets/icon-1a2b3c.png', { 'Accept-Encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
  });

  it('answers a revalidation with 304 while the file is unchanged', async () => {
    const first = await send('/sw.js');
    const etag = String(first.headers.etag);
    expect((await send('/sw.js', { 'If-None-Match': etag })).status).toBe(304);
    writeFileSync(join(dir, 'dist', 'sw.js'), `${SCRIPT}\n// next`);
    utimesSync(join(dir, 'dist', 'sw.js'), new Date(), new Date(Date.UTC(2030, 0, 1)));
    expect((await send('/sw.js', { 'If-None-Match': etag })).status).toBe(200);
  });

  it('never serves a file outside the build, however the path is written', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '//../secret.txt',
    ]) {
      const answer = await send(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).not.toContain('not for the web');
    }
    const linked = await send('/linked.txt');
    expect(linked.status).toBe(403);
    expect(linked.body.toString()).not.toContain('not for the web');
    expect((await send('/%E0%A4%A')).status).toBe(400);
    expect((await send('/a%00b')).status).toBe(400);
  });

  it("serves a screen's page at its folder, and sends its address without the slash there", async () => {
    const page = await send('/solo/?view=journal');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('solo page');
    const bare = await send('/solo?view=journal');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/solo/?view=journal');
    expect(bare.headers).toMatchObject(lower(securityHeaders(POLICY)));
  });

  it('answers what is not a file with 404 and the security headers', async () => {
    const missing = await send('/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers).toMatchObject(lower(securityHeaders(POLICY)));
    expect((await send('/assets')).status).toBe(404);
    // Written for other hosts, not for browsers.
    expect((await send('/_headers')).status).toBe(404);
    // The build's own dot files are not the app's; a host's /.well-known/ is.
    expect((await send('/.vite/manifest.json')).status).toBe(404);
    expect((await send('/assets/../.vite/manifest.json')).status).toBe(404);
    expect((await send('/.well-known/security.txt')).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await send('/index.html', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await send('/index.html', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('says it is healthy at /healthz, never cached', async () => {
    const health = await send('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
    expect(health.headers).toMatchObject({
      ...lower(securityHeaders(POLICY)),
      'content-type': 'application/json; charset=utf-8',
      'cache-control': NO_STORE,
    });
    expect((await send('/healthz?probe=1')).status).toBe(200);
  });

  it('says at /healthz when there is no build to serve', async () => {
    server.setRoot(join(dir, 'nothing-here'));
    const health = await send('/healthz');
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'no-build' });
    expect(health.headers['content-security-policy']).toBe(cspHeaderFrom(cspMeta()));
  });

  it('sends a header that allows the inline parts of every page, each page allowing its own', async () => {
    writeFileSync(
      join(dir, 'dist', 'solo', 'index.html'),
      page(cspMeta(["'sha256-solo='"], ["'sha256-boot='"])),
    );
    utimesSync(join(dir, 'dist', 'index.html'), new Date(), new Date(Date.UTC(2030, 0, 1)));
    const union = cspHeaderFrom(cspMeta(["'sha256-abc='", "'sha256-solo='"], ["'sha256-boot='"]));
    for (const path of ['/', '/solo/', '/sw.js', '/assets/app-1a2b3c.js'])
      expect((await send(path)).headers['content-security-policy']).toBe(union);
    // A page is sent as it was built, with its own policy only.
    expect((await send('/')).body.toString()).toBe(page(POLICY));
  });

  it('serves another build after setRoot, on the same port, with that build’s policy', async () => {
    const port = server.port;
    const next = join(dir, 'dist-next');
    const policy = cspMeta([], ["'sha256-next='"]);
    build(next, policy);
    server.setRoot(next);
    expect(server.port).toBe(port);
    const answer = await send('/');
    expect(answer.body.toString()).toBe(page(policy));
    expect(answer.headers['content-security-policy']).toBe(cspHeaderFrom(policy));
  });

  it('reads the policy again when the build is rebuilt while it runs', async () => {
    const policy = cspMeta([], ["'sha256-rebuilt='"]);
    writeFileSync(join(dir, 'dist', 'index.html'), page(policy));
    utimesSync(join(dir, 'dist', 'index.html'), new Date(), new Date(Date.UTC(2030, 0, 1)));
    expect((await send('/sw.js')).headers['content-security-policy']).toBe(cspHeaderFrom(policy));
  });

  it('closes with an upgraded connection (a WebSocket) still open', async () => {
    server.server.on('upgrade', (_req, socket) => {
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    });
    const socket = connect(server.port, '127.0.0.1');
    const closed = new Promise((done) => socket.once('close', done));
    const switched = new Promise((done) => socket.once('data', done));
    socket.write('GET /room HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    await switched;
    await server.close();
    await closed;
    server = await startServer({ root: join(dir, 'dist'), port: 0 }); // for afterEach
  });
});
