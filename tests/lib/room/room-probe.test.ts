import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeRoom, probeRoomServer } from '../../../src/lib/room/room-probe.ts';

// Real HTTP on a free loopback port: the room server, a static host's 404 and its index.html fallback.
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const answers: Record<string, [number, string, string]> = {
      '/on/room': [200, 'application/json', '{"room":1}'],
      '/spa/room': [200, 'text/html', '<!doctype html><title>Kortstokk</title>'],
      '/other/room': [200, 'application/json', '{"room":2}'],
      '/broken/room': [200, 'application/json', '{"room":'],
    };
    const [status, type, body] = answers[req.url ?? ''] ?? [404, 'text/plain', 'not found'];
    res.writeHead(status, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('probeRoomServer', () => {
  it('says yes only to the room answer under the app base', async () => {
    expect(await probeRoomServer(fetch, `${base}/on/`)).toBe(true);
    expect(await probeRoomServer(fetch, `${base}/on/index.html`)).toBe(true);
    expect(await probeRoomServer(fetch, `${base}/static/`)).toBe(false);
    expect(await probeRoomServer(fetch, `${base}/spa/`)).toBe(false);
    expect(await probeRoomServer(fetch, `${base}/other/`)).toBe(false);
  });

  it('says no when the network fails or the base is not http(s)', async () => {
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await probeRoomServer(offline, `${base}/on/`)).toBe(false);
    expect(await probeRoomServer(fetch, 'file:///index.html')).toBe(false);
  });

  it('tells a static host (an answer that is not a room) from no answer at all', async () => {
    expect(await probeRoom(fetch, `${base}/on/`)).toBe('room');
    expect(await probeRoom(fetch, `${base}/static/`)).toBe('none');
    expect(await probeRoom(fetch, `${base}/spa/`)).toBe('none');
    expect(await probeRoom(fetch, `${base}/broken/`)).toBe('none');
    expect(await probeRoom(fetch, 'file:///index.html')).toBe('none');
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await probeRoom(offline, `${base}/on/`)).toBe('unreachable');
  });
});
