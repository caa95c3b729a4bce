import { describe, expect, it } from 'vitest';
import { joinQueryOf } from '../../../src/features/join/link-query.ts';

describe('joinQueryOf', () => {
  const query = 'v=1&s=42&d=naervaer.1&n=12';

  it('finds the query in a full link, a fragment, a plain address with ? and the bare query', () => {
    expect(joinQueryOf(`https://kortstokk.example/app/#/join?${query}`)).toBe(query);
    expect(joinQueryOf(`  #/join?${query}\n`)).toBe(query);
    expect(joinQueryOf(`kortstokk.example/?${query}`)).toBe(query);
    expect(joinQueryOf(query)).toBe(query);
  });

  it('returns null for text without a join query', () => {
    for (const text of ['', '   ', 'hei', 'https://kortstokk.example/#/solo', '#/join?', 'K7M4QX'])
      expect(joinQueryOf(text), text).toBeNull();
  });
});
