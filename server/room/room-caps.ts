import type { Document, beforeHandleMessagePayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { RoomOptions } from './room-options.ts';
import { newNoteKeys, writeOf } from './client-message.ts';

/** Close codes of a connection whose write broke a cap of the contract. */
export const CAP_CLOSE = {
  'room-too-big': 4413,
  'too-many-notes': 4414,
  /** Undecodable, outside the document's shape, or a message clients may not send. */
  'bad-message': 4400,
} as const;
export type CapBreak = keyof typeof CAP_CLOSE;

/** Which cap a write would break, if any: the shape, the notes count, the document size. */
function breakOf(
  document: Document,
  update: Uint8Array,
  options: RoomOptions,
  sizes: WeakMap<Document, number>,
) {
  const added = newNoteKeys(update);
  if (!added) return 'bad-message';
  const notes = document.getMap('notes');
  const fresh = [...added].filter((key) => !notes.has(key)).length;
  if (notes.size + fresh > options.maxNotes) return 'too-many-notes';
  // Encoding the whole document on every message would cost too much: keep an estimate that
  // only grows (updates added up) and measure again only when it says the cap is near.
  let size = sizes.get(document) ?? Y.encodeStateAsUpdate(document).byteLength;
  if (size + update.byteLength > options.maxDocBytes) size = Y.encodeStateAsUpdate(document).byteLength;
  if (size + update.byteLength > options.maxDocBytes) return 'room-too-big';
  sizes.set(document, size + update.byteLength);
  return null;
}

/** Waits until every task queued so far has run: a message let through is applied by then. */
const afterApply = () => new Promise<void>((done) => setImmediate(done));

/**
 * Hocuspocus' beforeHandleMessage: a write that would break a cap (notes count, document size,
 * the contract's shape) closes the WebSocket and is never applied. Nothing is thrown: Hocuspocus
 * would log the room id with the error.
 *
 * Hocuspocus runs this hook for every message as it arrives and applies each message once its
 * hook settles, so five writes that arrive together would all be weighed against the document
 * before any of them. Writes to one document are therefore weighed one after another, each once
 * the one before it is applied.
 */
export function checkCaps(options: RoomOptions) {
  const sizes = new WeakMap<Document, number>();
  const queues = new WeakMap<Document, Promise<void>>();
  return ({ update: message, document, connection }: beforeHandleMessagePayload) => {
    let write: ReturnType<typeof writeOf>;
    try {
      write = writeOf(message);
    } catch {
      write = 'forbidden';
    }
    if (write === null) return Promise.resolve();
    const update = write;
    const weigh = (queues.get(document) ?? Promise.resolve()).then(afterApply).then(() => {
      if (update === 'forbidden') return 'bad-message' as const;
      try {
        return breakOf(document, update, options, sizes);
      } catch {
        return 'bad-message' as const;
      }
    });
    queues.set(
      document,
      weigh.then(() => undefined),
    );
    return weigh.then((broken) => {
      if (!broken) return;
      connection.webSocket.close(CAP_CLOSE[broken], broken);
      // Never settles: the message is dropped with its connection.
      return new Promise<void>(() => undefined);
    });
  };
}
