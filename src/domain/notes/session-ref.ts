import { strictRecord } from '../deck/strict-record.ts';
import { JOIN_LIMITS, type DeckRef, type JoinSession } from '../join/join-session.ts';
import { shortCode, SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from '../join/short-code.ts';
import { MAX_SEED } from '../random/rng.ts';
import { idOf, intIn, listOf } from '../validation/schema-parts.ts';

/** Which workshop session a notes file belongs to: the join short code, seed and decks. */
export interface SessionRef {
  readonly code: string;
  readonly seed: number;
  readonly decks: readonly DeckRef[];
}

/** The session a join link describes, as notes files name it. */
export function sessionRefOf(session: JoinSession): SessionRef {
  return {
    code: shortCode(session),
    seed: session.seed,
    decks: session.decks.map(({ id, version }) => ({ id, version })),
  };
}

/** True when both name the same session: same code, seed and decks (ids and versions, in order). */
export function sameSession(a: SessionRef, b: SessionRef): boolean {
  return (
    a.code === b.code &&
    a.seed === b.seed &&
    a.decks.length === b.decks.length &&
    a.decks.every((deck, i) => deck.id === b.decks[i]?.id && deck.version === b.decks[i]?.version)
  );
}

/** Returns a fresh copy of a session reference. */
export function copySessionRef(session: SessionRef): SessionRef {
  return {
    code: session.code,
    seed: session.seed,
    decks: session.decks.map(({ id, version }) => ({ id, version })),
  };
}

const CODE_PATTERN = new RegExp(`^[${SHORT_CODE_ALPHABET}]{${SHORT_CODE_LENGTH}}$`);

/** Schema of a session reference, with the join link's limits. */
export const SessionRefSchema = strictRecord({
  code: idOf(SHORT_CODE_LENGTH, CODE_PATTERN, SHORT_CODE_ALPHABET),
  seed: intIn(0, MAX_SEED),
  decks: listOf(
    strictRecord({
      id: idOf(40),
      version: intIn(JOIN_LIMITS.minDeckVersion, JOIN_LIMITS.maxDeckVersion),
    }),
    JOIN_LIMITS.minDecks,
    JOIN_LIMITS.maxDecks,
  ),
});
