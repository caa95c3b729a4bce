// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CardDetails } from '../../../src/components/card/card-details.tsx';
import { parseDeck } from '../../../src/domain/deck/parse-deck.ts';
import type { Card, Deck } from '../../../src/domain/deck/types.ts';
import { changeLanguage, initI18n } from '../../../src/i18n/init.ts';

beforeAll(async () => {
  await initI18n('nb');
  await changeLanguage('en');
  await changeLanguage('nb');
});
afterEach(cleanup);

const card = (extra: Partial<Card>): Card => ({
  id: 'k-001',
  category: 'c',
  text: { nb: 'Hva nå?' },
  ...extra,
});
const deckWith = (cards: Card[], sources?: Deck['sources']): Deck => ({
  id: 'k',
  version: 1,
  title: { nb: 'K' },
  description: { nb: 'K' },
  ...(sources ? { sources } : {}),
  categories: [{ id: 'c', label: { nb: 'C' } }],
  cards,
});

const booklet = {
  id: 'skodd',
  title: { nb: 'Skodd for framtida', en: 'Skodd for framtida (Equipped for the future)' },
  by: 'KS',
  year: 2016,
  where: { nb: 'KS-hefte; ks.no', en: 'A KS booklet; ks.no' },
};

describe('CardDetails', () => {
  it('names the described source document, who made it, the year, the section and where to find it', () => {
    const c = card({ source: { doc: 'skodd', section: 'God ledelse' } });
    const { container } = render(<CardDetails deck={deckWith([c], [booklet])} card={c} lang="nb" />);
    const source = container.querySelector('.qcard-source');
    expect(source?.querySelector('cite')?.textContent).toBe('Skodd for framtida');
    expect(source?.textContent).toBe(
      'Kilde: Skodd for framtida, KS, 2016 – avsnittet «God ledelse».Der finner du den: KS-hefte; ks.no',
    );
  });

  it('shows the document in the content language, with only the parts the deck describes', async () => {
    await changeLanguage('en');
    const c = card({ source: { doc: 'skodd', section: 'Good leadership' } });
    const bare = { id: 'skodd', title: booklet.title };
    const { container } = render(<CardDetails deck={deckWith([c], [bare])} card={c} lang="en" />);
    expect(container.querySelector('.qcard-source')?.textContent).toBe(
      'Source: Skodd for framtida (Equipped for the future) – section «Good leadership».',
    );
    await changeLanguage('nb');
  });

  it('shows an old deck’s file-name source the way the deck format lifted it, never an empty source', () => {
    const json = {
      type: 'kortstokk/deck',
      format: 1,
      ...deckWith([card({ source: { file: '004_x.txt', section: 'Runde 1' } as never })]),
    };
    const parsed = parseDeck(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const c = parsed.deck.cards[0]!;
    const { container } = render(<CardDetails deck={parsed.deck} card={c} lang="nb" />);
    expect(container.querySelector('.qcard-source cite')?.textContent).toBe('004_x.txt');
  });

  it('says whom a card is for, in words and in a list', () => {
    const c = card({ audience: ['leaders', 'union-reps'] });
    const { container } = render(<CardDetails deck={deckWith([c])} card={c} lang="nb" />);
    expect(container.querySelector('.qcard-audience')?.textContent).toBe(
      'Kortet er for ledere og tillitsvalgte',
    );
    expect(container.querySelector('.qcard-source')).toBeNull();
  });
});
