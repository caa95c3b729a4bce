import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

// Hocuspocus message types (MessageType in @hocuspocus/server) and y-protocols sync steps.
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4; // Applied like SYNC.
const BROADCAST_STATELESS = 6;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Reads an awareness update through, or throws: y-protocols' own layout. */
function readAwareness(bytes: Uint8Array) {
  const decoder = decoding.createDecoder(bytes);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
}

/**
 * What a Hocuspocus message from a client does: `null` when it writes nothing to the document,
 * the Yjs update it writes, or 'forbidden' for a stateless broadcast (Hocuspocus relays those to
 * every connection of the room without a hook; only the server speaks to everyone). Throws for
 * a sync or awareness message that does not decode: Hocuspocus would log the room's id with the
 * error it meets applying it.
 */
export function writeOf(message: Uint8Array): Uint8Array | null | 'forbidden' {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === BROADCAST_STATELESS) return 'forbidden';
  if (type === AWARENESS) {
    readAwareness(decoding.readVarUint8Array(decoder));
    return null;
  }
  if (type !== SYNC && type !== SYNC_REPLY) return null;
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === SYNC_STEP_1) {
    Y.decodeStateVector(payload);
    return null;
  }
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) throw new Error('Unknown sync step');
  return payload;
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
