import type { JoinSession } from '../join/join-session.ts';
import { validateSession } from '../join/validate-session.ts';
import type { RoomLink } from '../room/room-link.ts';
import type { RunSheet } from './run-sheet-types.ts';
import { joinSessionOf, speedDateLinkInfo, type WorkshopSession } from './workshop-session.ts';

/**
 * The group's join link as a session, or null when the group cannot make a valid link. It carries
 * the first speed-date step's format and card choice (the step the rotation table shows by
 * default), so phones show each round's card and the step's instructions. With a live room it
 * also carries the room's `r`, `rk` and `fk`, so phones can share notes and follow the presenter.
 */
export function groupJoin(
  session: WorkshopSession,
  sheet: RunSheet | null,
  room?: RoomLink | null,
): JoinSession | null {
  const plain = joinSessionOf(session, undefined, speedDateLinkInfo(session, sheet));
  if (room === undefined || room === null) return validateSession(plain) === null ? plain : null;
  // A live room adds ~170 characters: when the card choice then no longer fits, the room wins
  // (phones show «see the big screen» for the round card), since notes arriving live matter more.
  const join: JoinSession = { ...plain, room };
  if (validateSession(join) === null) return join;
  const { roundCards: _roundCards, ...rest } = join;
  return validateSession(rest) === null ? rest : null;
}

/**
 * The session every seat card's link is made from (add `seat`): the group's link, without the
 * card choice when the longest seat number would push it over the length cap, so all cards say
 * the same (the phones then show «see the big screen» for the round card). Null when even that fails.
 */
export function seatCardJoin(join: JoinSession): JoinSession | null {
  if (validateSession({ ...join, seat: join.seats }) === null) return join;
  const { roundCards: _roundCards, ...rest } = join;
  return validateSession({ ...rest, seat: rest.seats }) === null ? rest : null;
}

/** Seat numbers 1..seats, in order: one card each. */
export function seatNumbers(seats: number): number[] {
  return Array.from({ length: seats }, (_, i) => i + 1);
}
