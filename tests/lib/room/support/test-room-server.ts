import { Server } from '@hocuspocus/server';
import { WebSocket } from 'ws';
import { splitRoomToken } from '../../../../src/domain/room/room-token.ts';

/**
 * A tiny stand-in for the app's room server, enough to prove the client: Hocuspocus on a free
 * loopback port, the contract's token rules (create with `t.o`, join with `t`, reasons
 * `room-not-found` / `bad-token`) and `delete-room`. The real server lives in server/.
 */
export async function startTestRoomServer() {
  const rooms = new Map<string, { room: string; owner: string }>();
  const refuse = (reason: string) => Object.assign(new Error(reason), { reason });
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    async onAuthenticate({ documentName, token }) {
      const parts = splitRoomToken(token);
      if (parts === null) throw refuse('bad-token');
      const known = rooms.get(documentName);
      if (known === undefined) {
        if (parts.owner === undefined) throw refuse('room-not-found');
        rooms.set(documentName, { room: parts.room, owner: parts.owner });
        return { owner: true };
      }
      if (known.room !== parts.room || (parts.owner !== undefined && parts.owner !== known.owner))
        throw refuse('bad-token');
      return { owner: parts.owner !== undefined };
    },
    async onStateless({ connection, documentName, payload }) {
      if (payload !== '{"type":"delete-room"}' || connection.context?.owner !== true) return;
      rooms.delete(documentName);
      server.hocuspocus.documents.get(documentName)?.broadcastStateless('{"type":"room-deleted"}');
      server.hocuspocus.closeConnections(documentName);
    },
  });
  await server.listen();
  return { appBase: `http://127.0.0.1:${server.address.port}/kortstokk/`, stop: () => server.destroy() };
}

/**
 * A WebSocket class with a network switch, as a phone's radio: while off, open sockets drop and
 * new ones fail before they connect. The server keeps running throughout.
 */
export function switchableNetwork() {
  const open = new Set<WebSocket>();
  const net = { online: true, open };
  class SwitchedWebSocket extends WebSocket {
    constructor(url: string) {
      super(url);
      if (!net.online) {
        this.terminate();
        return;
      }
      open.add(this);
      this.on('close', () => open.delete(this));
    }
  }
  return {
    WebSocket: SwitchedWebSocket,
    setOnline(online: boolean) {
      net.online = online;
      if (!online) for (const socket of open) socket.terminate();
    },
  };
}

/**
 * A network as the browser's offline switch makes it: going offline fires the `offline` event
 * (through `watch`, given to connectRoom as watchNetwork) and leaves open sockets counting as open
 * while nothing goes through and close() does nothing; coming back fires `online`. `opened()`
 * counts the sockets made.
 */
export function stallingNetwork() {
  let online = true;
  let opened = 0;
  const listeners = { online: [] as (() => void)[], offline: [] as (() => void)[] };
  class StalledWebSocket extends WebSocket {
    constructor(url: string) {
      super(url);
      opened += 1;
      const send = this.send.bind(this) as (...args: unknown[]) => void;
      const close = this.close.bind(this);
      this.send = ((...args: unknown[]) => {
        if (online) send(...args);
      }) as WebSocket['send'];
      this.close = (...args: Parameters<WebSocket['close']>) => {
        if (online) close(...args);
      };
    }
  }
  return {
    WebSocket: StalledWebSocket,
    opened: () => opened,
    watch: (onOnline: () => void, onOffline: () => void) => {
      listeners.online.push(onOnline);
      listeners.offline.push(onOffline);
      return () => undefined;
    },
    setOnline(next: boolean) {
      online = next;
      for (const listener of next ? listeners.online : listeners.offline) listener();
    },
  };
}
