import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NO_STORE, securityHeaders } from './headers.ts';
import { policyReader } from './policy.ts';
import { HttpError, staticFiles } from './static-files.ts';

/** The health check's path: for a load balancer, systemd watchdog script or uptime monitor. */
export const HEALTH_PATH = '/healthz';
/** The live room's path: WebSocket upgrades, and a GET that tells a room server from a static host. */
export const ROOM_PATH = '/room';

/**
 * The HTTP side of the server: `GET /healthz`, and the built app from `root()` with the
 * security headers of headers.ts on every answer, errors included; `GET /room` says whether the
 * live room is on. WebSocket upgrades are not requests: they go to the server's `upgrade`
 * listener (start.ts).
 */
export function requestHandler(root: () => string, { room = false }: { room?: boolean } = {}) {
  const policyOf = policyReader();
  const files = staticFiles(root);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const headers = securityHeaders(policyOf(root()));
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        throw new HttpError(405);
      }
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      // The client asks before it offers a live room. With the room off, the build's own `room`
      // file answers, as on a static host: «no room here».
      if (path === ROOM_PATH && room) {
        res.writeHead(200, {
          ...headers,
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': NO_STORE,
        });
        res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ room: 1 }));
        return;
      }
      if (path === HEALTH_PATH) {
        // Healthy is "has a build to serve": a server started before (or without) `npm run
        // build` answers, but says it has nothing to serve.
        const ok = existsSync(join(root(), 'index.html'));
        const body = JSON.stringify({ status: ok ? 'ok' : 'no-build' });
        res.writeHead(ok ? 200 : 503, {
          ...headers,
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': NO_STORE,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      await files(req, res, headers);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error(error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(status));
    }
  };
}
