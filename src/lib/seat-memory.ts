// The seat (and optional name) a participant chose, per session, on this device: a reload or a
// new scan of the same QR opens their own hand at once. localStorage is enough: this is a small
// choice, not a note, and it is read back defensively. A seat card's link (`h`) wins over it
// (seatStart). Used by the join screen and by the hand's pre-paint (src/boot).

/** What the participant chose for one session. */
export type SeatChoice = { seat: number; name?: string };

const KEY_PREFIX = 'kortstokk.join.';
const MAX_NAME = 80;

/** Reads the choice remembered for a session code; null when none (or it no longer fits). */
export function readSeat(
  code: string,
  seats: number,
  storage: Storage | null = safeStorage(),
): SeatChoice | null {
  try {
    const raw = storage?.getItem(KEY_PREFIX + code);
    if (!raw) return null;
    const value = JSON.parse(raw) as { seat?: unknown; name?: unknown };
    const seat = value.seat;
    if (typeof seat !== 'number' || !Number.isInteger(seat) || seat < 1 || seat > seats) return null;
    const name = typeof value.name === 'string' ? value.name.trim().slice(0, MAX_NAME) : '';
    return name === '' ? { seat } : { seat, name };
  } catch {
    return null;
  }
}

/** Remembers the choice for a session code; a full or blocked storage only loses the convenience. */
export function writeSeat(code: string, choice: SeatChoice, storage: Storage | null = safeStorage()): void {
  try {
    storage?.setItem(KEY_PREFIX + code, JSON.stringify(choice));
  } catch {
    // Not remembered: the participant picks the seat again next time.
  }
}

/** Where the seat shown first comes from; `previous` is a different seat this phone had before. */
export type SeatStart =
  { choice: SeatChoice | null; fromLink: false } | { choice: SeatChoice; fromLink: true; previous?: number };

/**
 * The seat to open with: the link's seat wins over a remembered one (the participant just scanned
 * the card on the table), keeping the remembered name, which belongs to the phone's owner.
 */
export function seatStart(remembered: SeatChoice | null, linkSeat: number | undefined): SeatStart {
  if (linkSeat === undefined) return { choice: remembered, fromLink: false };
  const choice: SeatChoice =
    remembered?.name === undefined ? { seat: linkSeat } : { seat: linkSeat, name: remembered.name };
  return remembered === null || remembered.seat === linkSeat
    ? { choice, fromLink: true }
    : { choice, fromLink: true, previous: remembered.seat };
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
