import { join } from 'node:path';

/** The live room's settings; every cap is per the wire contract (notes/ROOM-CONTRACT). */
export type RoomOptions = {
  /** Folder of `rooms.sqlite` (documents and the room index). */
  dataDir: string;
  /** Largest WebSocket message, in bytes; a larger one closes the connection (ws code 1009). */
  maxMessageBytes: number;
  /** Largest Yjs document (its encoded state), in bytes. */
  maxDocBytes: number;
  maxNotes: number;
  maxConnectionsPerRoom: number;
  maxRooms: number;
  /** Messages per second a connection may send; the next one closes it. */
  maxMessagesPerSecond: number;
  /** Connection attempts per IP per minute (Hocuspocus' throttle extension). */
  maxConnectsPerMinute: number;
  /** A room is deleted this long after it was created. */
  ttlMs: number;
  /**
   * How long a deleted or expired room's id stays refused (its tombstone), so the owner's token
   * cannot bring an empty room back under the old link.
   */
  tombstoneMs: number;
  /** Most tombstones kept; past it the oldest go first. */
  maxTombstones: number;
  /** How often the TTL sweep runs on its own (tests call `sweep()` instead). */
  sweepEveryMs: number;
  /** `redis://…` or a unix socket path: rooms shared with other processes through Redis. */
  redisUrl?: string;
  /** The clock of the TTL and of the message rate: injected by tests. */
  now: () => number;
};

export const ROOM_DEFAULTS: Omit<RoomOptions, 'dataDir'> = {
  maxMessageBytes: 64 * 1024,
  maxDocBytes: 4 * 1024 * 1024,
  maxNotes: 2000,
  maxConnectionsPerRoom: 300,
  maxRooms: 1000,
  maxMessagesPerSecond: 50,
  // A class behind one NAT address connects from one IP: 30 phones reconnecting at once must
  // pass, a script opening thousands of connections must not.
  maxConnectsPerMinute: 600,
  ttlMs: 24 * 3600_000,
  tombstoneMs: 7 * 24 * 3600_000,
  // 64 hex digits, a time and a word each: a few MB at most in the file.
  maxTombstones: 50_000,
  sweepEveryMs: 10 * 60_000,
  now: () => Date.now(),
};

/** The file both the documents and the room index live in. */
export const roomDatabase = (dataDir: string) => join(dataDir, 'rooms.sqlite');

type Env = Readonly<Record<string, string | undefined>>;

const positive = (env: Env, name: string, fallback: number): number => {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || value <= 0) {
    throw new Error(`${name} must be a positive number, not «${raw}».`);
  }
  return value;
};

/**
 * The room's options from the environment, or `false` when `KORTSTOKK_ROOM=off`.
 * KORTSTOKK_DATA_DIR (default ./data), KORTSTOKK_ROOM_MAX_MESSAGE, KORTSTOKK_ROOM_MAX_BYTES,
 * KORTSTOKK_ROOM_TTL_HOURS, KORTSTOKK_REDIS_URL.
 */
export function roomOptionsFromEnv(env: Env): RoomOptions | false {
  if (env.KORTSTOKK_ROOM?.trim().toLowerCase() === 'off') return false;
  const redisUrl = env.KORTSTOKK_REDIS_URL?.trim();
  return {
    ...ROOM_DEFAULTS,
    dataDir: env.KORTSTOKK_DATA_DIR?.trim() || 'data',
    maxMessageBytes: positive(env, 'KORTSTOKK_ROOM_MAX_MESSAGE', ROOM_DEFAULTS.maxMessageBytes),
    maxDocBytes: positive(env, 'KORTSTOKK_ROOM_MAX_BYTES', ROOM_DEFAULTS.maxDocBytes),
    ttlMs: positive(env, 'KORTSTOKK_ROOM_TTL_HOURS', 24) * 3600_000,
    ...(redisUrl ? { redisUrl } : {}),
  };
}
