import { request } from 'node:http';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startServer, type ServerHandle } from '../../server/start.ts';
import { startRoomApp, tempDir } from './support/room-kit.ts';
import { NO_ROOM_PROBE_BODY } from '../../src/domain/room/room-contract.ts';

let dir = '';
let app: ServerHandle;

afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) =>
  new Promise<{ status: number; type: string; body: string }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port: app.port, path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', fail);
    req.end();
  });

/** Whether a WebSocket to /room opens (with the Origin given, like a browser's page). */
const opens = (origin?: string) =>
  new Promise<boolean>((done) => {
    const ws = new WebSocket(`ws://127.0.0.1:${app.port}/room`, origin ? { origin } : {});
    ws.on('open', () => {
      ws.close();
      done(true);
    });
    ws.on('error', () => done(false));
  });

describe('the room’s HTTP side', () => {
  it('answers GET /room with {"room":1} when the room is on, and opens WebSockets there', async () => {
    dir = tempDir();
    app = await startRoomApp(dir);
    const answer = await get('/room');
    expect(answer).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    expect(JSON.parse(answer.body)).toEqual({ room: 1 });
    expect(await opens()).toBe(true);
    expect(await opens(`http://127.0.0.1:${app.port}`)).toBe(true);
    // Behind a TLS proxy the Host header carries the name without the port.
    expect(await opens('https://127.0.0.1:8443')).toBe(true);
  });

  it('refuses a WebSocket opened by a page of another origin', async () => {
    dir = tempDir();
    app = await startRoomApp(dir);
    expect(await opens('https://elsewhere.example')).toBe(false);
  });

  it('answers 404 at /room and opens no WebSocket when the room is off', async () => {
    dir = tempDir();
    app = await startServer({ root: joinPath(dir, 'no-build'), host: '127.0.0.1', port: 0 });
    expect((await get('/room')).status).toBe(404);
    expect(await opens()).toBe(false);
  });

  it("lets the build's own `room` file answer «no room» when the room is off, as a static host does", async () => {
    dir = tempDir();
    mkdirSync(joinPath(dir, 'build'));
    writeFileSync(joinPath(dir, 'build', 'room'), JSON.stringify(NO_ROOM_PROBE_BODY));
    app = await startServer({ root: joinPath(dir, 'build'), host: '127.0.0.1', port: 0 });
    const answer = await get('/room');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ room: 0 });
    expect(await opens()).toBe(false);
  });
});

describe('a room without a folder to write', () => {
  it('does not start, and says which variable to set', async () => {
    dir = tempDir();
    writeFileSync(joinPath(dir, 'a-file'), '');
    await expect(startRoomApp(joinPath(dir, 'a-file', 'data'))).rejects.toThrow(/KORTSTOKK_DATA_DIR/);
    app = await startServer({ root: dir, host: '127.0.0.1', port: 0 }); // for afterEach
  });
});
