/**
 * The live room load of `npm run bench` (issue 15): how many rooms, phones and notes, and when.
 * Shared by the facilitators (in the bench's own process) and the participants (a child process
 * of their own), which talk over Node's IPC channel with the messages typed here.
 */

export const ROOM_LOAD = {
  rooms: 10,
  participantsPerRoom: 30,
  notesEach: 10,
  /** Every participant shares its notes at random moments within this window. */
  shareWindowMs: 60_000,
  /** The presenter moves (Next, a new round, a fresh timer) this often, in every room. */
  presenterEveryMs: 3_000,
  /**
   * Phones join one after another this far apart: 310 connections in about 8 s, well under the
   * server's 600 connection attempts per minute and address (all clients here are 127.0.0.1).
   */
  joinEveryMs: 25,
  /** How long to wait for late notes after the last share before counting them lost. */
  graceMs: 20_000,
} as const;

/** A room as a phone learns it from the join link: `r`, `rk`, `fk`, and the session's code. */
export type RoomInvite = {
  readonly link: { readonly id: string; readonly key: string; readonly facilitatorKey: string };
  readonly sessionCode: string;
};

/** The parent's messages to the participants' process. */
export type ToParticipants =
  | { readonly type: 'join'; readonly appBase: string; readonly rooms: readonly RoomInvite[] }
  | { readonly type: 'clock' }
  | { readonly type: 'share' }
  | { readonly type: 'report' };

/** What the participants' process measured. */
export type ParticipantsReport = {
  /** Note id → when its phone started sealing it (ms on the shared wall clock, see `now`). */
  readonly sent: readonly (readonly [string, number])[];
  readonly shareFailures: number;
  /** Notes sealed more than once (a phone re-shares a note whose first seal is still running). */
  readonly reseals: number;
  /** Milliseconds from the presenter's move to a phone having decrypted it, one per phone and move. */
  readonly presenterLatencies: readonly number[];
  /** Status changes away from «connected» after having been connected, and refusals. */
  readonly drops: number;
  readonly refusals: readonly string[];
  readonly eventLoopDelayP99Ms: number;
};

/** The participants' messages to the parent. */
export type FromParticipants =
  | { readonly type: 'joined'; readonly connected: number; readonly refused: number; readonly ms: number }
  | { readonly type: 'clock'; readonly at: number }
  | { readonly type: 'shared'; readonly count: number }
  | { readonly type: 'report'; readonly report: ParticipantsReport };

/**
 * Wall-clock milliseconds with sub-millisecond resolution, comparable between the two processes
 * on one machine: both count from their own start on the same system clock.
 */
export const now = (): number => performance.timeOrigin + performance.now();

const WORDS = [
  'tillit',
  'samarbeid',
  'endring',
  'framtid',
  'usikkerhet',
  'læring',
  'dialog',
  'ansvar',
  'omstilling',
  'fellesskap',
  'mot',
  'tid',
];

/** A note text of ordinary length (60–200 characters), varied so no two envelopes look alike. */
export function noteText(seat: number, index: number, random: () => number): string {
  const words: string[] = [`Notat ${index + 1} fra plass ${seat}:`];
  const length = 60 + Math.floor(random() * 140);
  while (words.join(' ').length < length) words.push(WORDS[Math.floor(random() * WORDS.length)] ?? 'og');
  return words.join(' ');
}
