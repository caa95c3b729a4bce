import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForOfflineReady } from './support/fixtures.ts';
import { watchContext } from './support/guard.ts';
import { makeCertificate, serveSite, type Certificate, type Nginx } from './support/nginx.ts';
import { answerWebSockets } from './support/upgrade.ts';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { IMMUTABLE, NO_CACHE, NO_STORE, securityHeaders } from '../../server/headers.ts';
import { buildPolicy } from '../../server/policy.ts';
import { startServer } from '../../server/start.ts';

// The two deploy recipes of README «Deploy», with real nginx (Debian's) on loopback and the
// shipped files of deploy/ (only their «site» lines changed), over HTTPS with a certificate
// made for the test that the browser is told to trust.
const DIST = process.env.KORTSTOKK_E2E_DIST ?? 'dist';

/** The headers the build says every answer must carry (the policy of all its pages as the header). */
const expectedHeaders = () => {
  const policy = buildPolicy(DIST);
  if (!policy) throw new Error(`${DIST} has no page with a policy`);
  return Object.fromEntries(Object.entries(securityHeaders(policy)).map(([k, v]) => [k.toLowerCase(), v]));
};

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A request outside the browser that trusts the test's certificate and nothing else. */
const fetchVia =
  (certificate: Certificate) =>
  (url: string, headers: Record<string, string> = {}) =>
    new Promise<Answer>((done, fail) => {
      get(url, { ca: readFileSync(certificate.cert), headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('latin1'),
          }),
        );
      }).on('error', fail);
    });

type Deployed = {
  nginx: Nginx;
  context: BrowserContext;
  page: Page;
  guard: ReturnType<typeof watchContext>;
  /** A request outside the browser that trusts the test's certificate. */
  fetch: ReturnType<typeof fetchVia>;
};

/**
 * nginx with a shipped site file, and a browser (with a watched context) that trusts its
 * certificate; both are stopped after the test.
 */
async function deploy(
  file: string,
  site: { root?: string; upstreamPort?: number },
  dir: string,
): Promise<Deployed> {
  const certificate = makeCertificate(dir);
  const nginx = await serveSite(dir, file, certificate, site);
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_FLAGS, `--ignore-certificate-errors-spki-list=${certificate.spki}`],
  });
  cleanups.push(
    () => nginx.stop(),
    () => browser.close(),
  );
  const context = await browser.newContext({ baseURL: `${nginx.origin}/`, locale: 'nb-NO' });
  const guard = watchContext(context, nginx.origin);
  return { nginx, context, page: await context.newPage(), guard, fetch: fetchVia(certificate) };
}

let dir = '';
const cleanups: (() => Promise<unknown>)[] = [];
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kortstokk-nginx-'));
});
test.afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

test('static recipe: nginx sends the build’s headers and cache rules, and the app works offline', async () => {
  const { nginx, context, page, guard, fetch } = await deploy(
    'deploy/nginx-static.conf',
    { root: DIST },
    dir,
  );
  const assets: { url: string; cacheControl: string | undefined }[] = [];
  page.on('response', (res) => {
    if (new URL(res.url()).pathname.startsWith('/assets/'))
      assets.push({ url: res.url(), cacheControl: res.headers()['cache-control'] });
  });

  const answer = await page.goto('./#/settings');
  expect(answer?.status()).toBe(200);
  expect(answer?.headers()).toMatchObject({ ...expectedHeaders(), 'cache-control': NO_CACHE });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innstillinger');
  await waitForOfflineReady(page);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) expect(asset, asset.url).toMatchObject({ cacheControl: IMMUTABLE });

  const sw = await fetch(`${nginx.origin}/sw.js`, { 'Accept-Encoding': 'gzip' });
  expect(sw.headers).toMatchObject({
    ...expectedHeaders(),
    'cache-control': NO_CACHE,
    'content-encoding': 'gzip',
  });
  const index = await fetch(`${nginx.origin}/index.html`);
  expect(index.headers).toMatchObject({ 'cache-control': NO_CACHE });
  const manifest = await fetch(`${nginx.origin}/manifest.webmanifest`);
  expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
  // Every screen's page, with the page's headers; no file: a 404, with the headers too. The files
  // for hosts and the build's own dot files are not served.
  const solo = await fetch(`${nginx.origin}/solo/?view=journal`);
  expect(solo.status).toBe(200);
  expect(solo.headers).toMatchObject({ ...expectedHeaders(), 'cache-control': NO_CACHE });
  for (const path of ['/nope/', '/_headers', '/nginx-app.conf', '/.vite/manifest.json']) {
    const missing = await fetch(`${nginx.origin}${path}`);
    expect(missing.status, path).toBe(404);
  }
  expect((await fetch(`${nginx.origin}/nope/`)).headers).toMatchObject(expectedHeaders());
  const plain = await new Promise<number>((done, fail) =>
    httpGet(`${nginx.httpOrigin}/`, (res) => done(res.statusCode ?? 0)).on('error', fail),
  );
  expect(plain, 'plain http is sent to https').toBe(301);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innstillinger');
  await context.setOffline(false);
  expect([...guard.problems, ...(await guard.cookies())]).toEqual([]);
});

test('proxy recipe: nginx passes the app, /healthz, the headers and a WebSocket on to the Node server', async () => {
  const server = await startServer({ root: DIST, port: 0 });
  cleanups.push(() => server.close());
  const upgrades = answerWebSockets(server.server, 'hello from the room');
  const { nginx, page, guard, fetch } = await deploy(
    'deploy/nginx-proxy.conf',
    { upstreamPort: server.port },
    dir,
  );

  const answer = await page.goto('./#/settings');
  expect(answer?.headers()).toMatchObject({ ...expectedHeaders(), 'cache-control': NO_CACHE });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innstillinger');
  await waitForOfflineReady(page);

  const health = await fetch(`${nginx.origin}/healthz`);
  expect(health.status).toBe(200);
  expect(JSON.parse(health.body)).toEqual({ status: 'ok' });
  expect(health.headers).toMatchObject({ ...expectedHeaders(), 'cache-control': NO_STORE });
  const script = readFileSync(join(DIST, 'index.html'), 'utf8').match(/assets\/[^"']+\.js/)?.[0];
  const asset = await fetch(`${nginx.origin}/${script}`, { 'Accept-Encoding': 'gzip' });
  expect(asset.headers).toMatchObject({ 'cache-control': IMMUTABLE, 'content-encoding': 'gzip' });

  const message = await page.evaluate(
    (url) =>
      new Promise<string>((done, fail) => {
        const socket = new WebSocket(url);
        socket.onmessage = (event) => done(String(event.data));
        socket.onerror = () => fail(new Error('the WebSocket failed'));
      }),
    `${nginx.origin.replace('https:', 'wss:')}/room?test=1`,
  );
  expect(message).toBe('hello from the room');
  expect(upgrades).toHaveLength(1);
  expect(upgrades[0]).toMatchObject({
    url: '/room?test=1',
    headers: { upgrade: 'websocket', 'x-forwarded-proto': 'https' },
  });
  expect([...guard.problems, ...(await guard.cookies())]).toEqual([]);
});
