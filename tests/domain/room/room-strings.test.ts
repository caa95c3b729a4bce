import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/domain/language/languages.ts';
import { ROOM_REFUSALS } from '../../../src/domain/room/room-contract.ts';
import { ROOM_CRYPTO_REASONS } from '../../../src/domain/room/room-crypto-reason.ts';
import { ROOM_LINK_KEYS } from '../../../src/domain/room/room-link.ts';

type RoomStrings = { room: Record<string, Record<string, string>>; keys: Record<string, string> };
const join = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../src/i18n/locales/${lang}/join.json`, import.meta.url), 'utf8'),
  ) as RoomStrings;

describe('room strings', () => {
  it('name every status, refusal, crypto reason and link key in every language', () => {
    for (const lang of LANGUAGES) {
      const { room, keys } = join(lang);
      expect(Object.keys(room.status ?? {}).sort(), lang).toEqual(
        ['connecting', 'connected', 'offline', 'reconnecting'].sort(),
      );
      expect(Object.keys(room.refused ?? {}).sort(), lang).toEqual([...ROOM_REFUSALS, 'refused'].sort());
      expect(Object.keys(room.crypto ?? {}).sort(), lang).toEqual([...ROOM_CRYPTO_REASONS].sort());
      for (const key of Object.values(ROOM_LINK_KEYS)) expect(keys[key], `${lang} keys.${key}`).toBeTruthy();
    }
  });
});
