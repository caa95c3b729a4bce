import fc from 'fast-check';
import { AUDIENCES } from '../../../src/domain/deck/audience.ts';
import type { JoinSession } from '../../../src/domain/join/join-session.ts';
import { isValidTitle, validateSession } from '../../../src/domain/join/validate-session.ts';
import { MAX_SEED } from '../../../src/domain/random/rng.ts';
import { EXERCISE_FORMATS } from '../../../src/domain/workshop/exercise-formats.ts';

const ID = /^[a-z0-9-]{1,40}$/;
const list = (item: fc.Arbitrary<string>, max: number) => fc.uniqueArray(item, { maxLength: max });

/** Test helper: any card choice a link may carry (at least one list non-empty). */
export const roundCardsArb = fc
  .record({
    deckIds: list(fc.stringMatching(ID), 4),
    categoryIds: list(
      fc.oneof(
        fc.stringMatching(ID),
        fc.tuple(fc.stringMatching(ID), fc.stringMatching(ID)).map(([d, c]) => `${d}/${c}`),
      ),
      4,
    ),
    cardRefs: list(
      fc.tuple(fc.stringMatching(ID), fc.stringMatching(/^[a-z0-9-]{1,64}$/)).map(([d, c]) => `${d}/${c}`),
      6,
    ),
  })
  .filter((c) => c.deckIds.length + c.categoryIds.length + c.cardRefs.length > 0)
  // An audience narrows the filters only, so it rides along only without hand-picked cards.
  .chain((c) =>
    c.cardRefs.length > 0
      ? fc.constant(c)
      : fc
          .option(fc.constantFrom(...AUDIENCES), { nil: undefined })
          .map((audience) => (audience === undefined ? c : { ...c, audience })),
  );

/** Test helper: any session the link format accepts, with or without a seat card's seat. */
export const sessionArb: fc.Arbitrary<JoinSession> = fc
  .record(
    {
      v: fc.constant(1 as const),
      seed: fc.integer({ min: 0, max: MAX_SEED }),
      decks: fc.uniqueArray(
        fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,40}$/), version: fc.integer({ min: 1, max: 9999 }) }),
        { minLength: 1, maxLength: 8, selector: (d) => d.id },
      ),
      seats: fc.integer({ min: 2, max: 200 }),
      mode: fc.constantFrom('sit-out' as const, 'trio' as const),
      step: fc.integer({ min: 0, max: 99 }),
      cards: fc.integer({ min: 1, max: 20 }),
      title: fc
        .oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
          fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 80 }),
          fc.constantFrom('Nærvær på Hamar – vår 2025', 'Leiing & tillit: «Korleis?»', '🙂 team + 100%'),
        )
        .filter(isValidTitle),
      format: fc.constantFrom(...EXERCISE_FORMATS),
      roundCards: roundCardsArb,
    },
    { requiredKeys: ['v', 'seed', 'decks', 'seats'] },
  )
  // The seat depends on the group size: absent, or one of the seats.
  .chain((session) =>
    fc
      .option(fc.integer({ min: 1, max: session.seats }), { nil: undefined })
      .map((seat): JoinSession => (seat === undefined ? session : { ...session, seat })),
  )
  // Long titles with long card choices may not fit in one link; those are refused as too long.
  .filter((session) => validateSession(session) === null);
