import { shortCode } from '../../domain/join/short-code.ts';
import { joinUrl } from '../../domain/join/join-url.ts';
import type { RoomLink } from '../../domain/room/room-link.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { groupJoin } from '../../domain/workshop/group-join.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';

/** What the presenter's big QR view can show: the group's link, or why there is none. */
export type JoinQr =
  | { readonly status: 'ready'; readonly url: string; readonly code: string }
  /** A plan or template presented without a group: no seats, so no link to join. */
  | { readonly status: 'no-group' }
  /** The group cannot make a valid link (its values changed since it was saved). */
  | { readonly status: 'invalid' };

/** The join link of the presented run: the same link and code as the group's «Bli med» screen (with its live room). */
export function joinQrOf(
  session: WorkshopSession | null,
  sheet: RunSheet,
  appBase: string,
  room: RoomLink | null = null,
): JoinQr {
  if (!session) return { status: 'no-group' };
  const join = groupJoin(session, sheet, room);
  return join
    ? { status: 'ready', url: joinUrl(appBase, join), code: shortCode(join) }
    : { status: 'invalid' };
}
