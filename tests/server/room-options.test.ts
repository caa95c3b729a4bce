import { describe, expect, it } from 'vitest';
import { ROOM_DEFAULTS, roomOptionsFromEnv } from '../../server/room/room-options.ts';

describe('the room’s options from the environment', () => {
  it('takes the contract’s defaults, and each override', () => {
    expect(roomOptionsFromEnv({})).toMatchObject({
      ...ROOM_DEFAULTS,
      dataDir: 'data',
      now: expect.any(Function),
    });
    expect(
      roomOptionsFromEnv({
        KORTSTOKK_DATA_DIR: '/var/lib/kortstokk',
        KORTSTOKK_ROOM_MAX_MESSAGE: '1000',
        KORTSTOKK_ROOM_MAX_BYTES: '2000',
        KORTSTOKK_ROOM_TTL_HOURS: '2',
        KORTSTOKK_REDIS_URL: '/run/redis/redis.sock',
      }),
    ).toMatchObject({
      dataDir: '/var/lib/kortstokk',
      maxMessageBytes: 1000,
      maxDocBytes: 2000,
      ttlMs: 2 * 3600_000,
      redisUrl: '/run/redis/redis.sock',
    });
  });

  it('turns the room off with KORTSTOKK_ROOM=off, and refuses a cap that is no number', () => {
    expect(roomOptionsFromEnv({ KORTSTOKK_ROOM: 'off' })).toBe(false);
    expect(() => roomOptionsFromEnv({ KORTSTOKK_ROOM_TTL_HOURS: 'a day' })).toThrow(
      /KORTSTOKK_ROOM_TTL_HOURS/,
    );
    expect(() => roomOptionsFromEnv({ KORTSTOKK_ROOM_MAX_BYTES: '0' })).toThrow(/KORTSTOKK_ROOM_MAX_BYTES/);
  });
});
