import { createRng, deriveSeed, randomInt } from '../random/rng.ts';
import { encodeJoin } from './encode-join.ts';
import type { JoinSession } from './join-session.ts';

/**
 * A short code shown beside the QR so people can check by eye that they joined the same session
 * ("is your code K7M4QX too?"). It is a fingerprint of the canonical link, not an encoding: it
 * cannot be turned back into a session, and two sessions may (rarely: 1 in 30^6 ≈ 7·10^8)
 * share one. The alphabet leaves out look-alikes (0/O, 1/I/L) and U. The step's format and card
 * choice are left out: they say what a step shows, not which session it is, so a planner that
 * knows only the group (the notes wall) computes the same code as the phones. The seat is left
 * out too: every seat card of a session shows, and every phone gets, the session's one code. So is
 * the live room: starting one must not change the code the session's notes are filed under.
 */
export const SHORT_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const SHORT_CODE_LENGTH = 6;

/** The 6-character display code for a valid session; same session, same code, on every device. */
export function shortCode(session: JoinSession): string {
  const { format: _format, roundCards: _roundCards, seat: _seat, room: _room, ...group } = session;
  const rng = createRng(deriveSeed(0x6b6f7274, encodeJoin(group)));
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i += 1)
    code += SHORT_CODE_ALPHABET[randomInt(rng, SHORT_CODE_ALPHABET.length)];
  return code;
}

/**
 * The code of the session a join link belongs to, whichever step the link is for: one session
 * has links for several steps, and every one of them hands in to the same code.
 */
export function sessionCode(session: JoinSession): string {
  const { step: _step, ...rest } = session;
  return shortCode(rest);
}
