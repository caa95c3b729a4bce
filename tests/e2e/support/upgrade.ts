import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, Server } from 'node:http';

/**
 * A stand-in for the live room (a later issue mounts Hocuspocus at /room): a server `upgrade`
 * listener that completes the WebSocket handshake and sends one text message, so a browser can
 * tell that its WebSocket really reached the Node server. Returns the upgrade requests seen.
 */
export function answerWebSockets(server: Server, message: string) {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  server.on('upgrade', (req, socket) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const key = String(req.headers['sec-websocket-key'] ?? '');
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    const payload = Buffer.from(message);
    if (payload.length > 125) throw new Error('one short frame only');
    socket.write(Buffer.concat([Buffer.from([0x81, payload.length]), payload]));
  });
  return seen;
}
