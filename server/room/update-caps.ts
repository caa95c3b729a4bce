import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

// Hocuspocus message and y-protocols sync message types (@hocuspocus/common, y-protocols/sync).
const SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a Hocuspocus message carries, if it is one that writes to the document. */
export function updateOf(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== SYNC) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

const NOTE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ROOT_TYPES = new Set(['notes', 'state']);

/**
 * The keys an update adds to the `notes` map for the first time, or null when it writes
 * somewhere the contract has no place for (another root type, a bad note id). A key set before
 * is written with an origin (the item it replaces) and so names no parent: it adds nothing.
 */
export function newNoteKeys(update: Uint8Array): Set<string> | null {
  const keys = new Set<string>();
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || typeof struct.parent !== 'string') continue;
    if (!ROOT_TYPES.has(struct.parent)) return null;
    if (struct.parent !== 'notes') continue;
    if (struct.parentSub === null || !NOTE_ID.test(struct.parentSub)) return null;
    keys.add(struct.parentSub);
  }
  return keys;
}
