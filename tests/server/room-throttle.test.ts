import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { ServerHandle } from '../../server/start.ts';
import { clientAddress, isLoopback } from '../../server/room/client-address.ts';
import { newRoom, startRoomApp, tempDir, type TestRoom } from './support/room-kit.ts';

// Connection attempts are counted per client address (Hocuspocus' throttle). A client must not
// choose the address it is counted under: X-Forwarded-For is never believed, X-Real-IP only from
// a peer on this machine (the host's own nginx, deploy/nginx-proxy.conf, sets it).

describe('the address a connection counts under', () => {
  it('is the peer itself, unless the peer is this machine and names a client', () => {
    expect(clientAddress('203.0.113.9', '10.0.0.1')).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', '10.0.0.1')).toBe('::ffff:203.0.113.9');
    expect(clientAddress('127.0.0.1', '10.0.0.1')).toBe('10.0.0.1');
    expect(clientAddress('::1', ' 2001:db8::1 ')).toBe('2001:db8::1');
    expect(clientAddress('::ffff:127.0.0.1', '10.0.0.1')).toBe('10.0.0.1');
    // Not an address, several, or none: the peer's own.
    expect(clientAddress('127.0.0.1', 'nonsense')).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', ['10.0.0.1', '10.0.0.2'])).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', undefined)).toBe('127.0.0.1');
    expect(clientAddress(undefined, '10.0.0.1')).toBe('');
  });

  it('knows this machine', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(a), a).toBe(true);
    for (const a of ['10.0.0.1', '::ffff:10.0.0.1', '1270.0.0.1', '', undefined])
      expect(isLoopback(a), a).toBe(false);
  });
});

let dir: string | undefined;
let app: ServerHandle | undefined;
const providers: HocuspocusProvider[] = [];

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  app = dir = undefined;
});

/** What a throttled attempt hears: Hocuspocus refuses it as it refuses a bad token. */
const REFUSED = 'refused: Forbidden';

/** One connection attempt with these request headers: 'synced', or why it was refused or closed. */
function attempt(room: TestRoom, headers: Record<string, string>): Promise<string> {
  class WithHeaders extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${app!.port}/room`,
    WebSocketPolyfill: WithHeaders,
    maxAttempts: 1,
    delay: 60_000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room.id,
    token: `${room.t}.${room.o}`,
    document: new Y.Doc(),
  });
  providers.push(provider);
  provider.attach();
  return new Promise((done) => {
    provider.on('synced', () => done('synced'));
    provider.on('close', () => done('closed'));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => done(`refused: ${reason}`));
  });
}

describe('the connection throttle', () => {
  it('counts by the trusted address: a forged X-Forwarded-For does not get round it', async () => {
    dir = tempDir();
    app = await startRoomApp(dir, { maxConnectsPerMinute: 2 });
    const room = newRoom();
    expect(await attempt(room, { 'X-Forwarded-For': '10.0.0.1' })).toBe('synced');
    expect(await attempt(room, { 'X-Forwarded-For': '10.0.0.2' })).toBe('synced');
    expect(await attempt(room, { 'X-Forwarded-For': '10.0.0.3' })).toBe(REFUSED);
    // Through the host's own proxy (a peer on this machine naming the client): each client its own count.
    expect(await attempt(room, { 'X-Real-IP': '10.0.0.4' })).toBe('synced');
    expect(await attempt(room, { 'X-Real-IP': '10.0.0.4' })).toBe('synced');
    expect(await attempt(room, { 'X-Real-IP': '10.0.0.4' })).toBe(REFUSED);
    expect(await attempt(room, { 'X-Real-IP': '10.0.0.5' })).toBe('synced');
  });
});
