import { JOIN_LIMITS, type DeckRef } from '../../domain/join/join-session.ts';
import { isValidTitle } from '../../domain/join/validate-session.ts';
import type { RotationMode } from '../../domain/pairing/rotation-types.ts';
import { MAX_SEED } from '../../domain/random/rng.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';

/** What the group form holds, as typed. */
export type GroupFormValues = {
  readonly title: string;
  readonly seats: string;
  readonly groups: string;
  readonly cardsPerSeat: string;
  readonly seed: string;
  readonly mode: RotationMode;
  /** Chosen deck ids, in the order the form lists them. */
  readonly deckIds: readonly string[];
};

export type GroupField = 'title' | 'seats' | 'groups' | 'cardsPerSeat' | 'seed' | 'decks';

/** Why a field was refused; the UI translates the code and fills in min and max. */
export type GroupFieldError = {
  readonly field: GroupField;
  readonly code: 'integer-range' | 'title' | 'decks-range';
  readonly params?: { readonly min: number; readonly max: number };
};

/** The session settings a valid form gives. */
export type GroupSettings = Omit<WorkshopSession, 'id' | 'sheetId' | 'createdAt'>;

/** Most groups a session may have (and never more groups than people). */
export const MAX_GROUPS = 50;

function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/**
 * Checks every field of the group form at once (so every problem can be shown together) and
 * returns the settings, with decks resolved to the content versions this device has.
 */
export function readGroupForm(
  values: GroupFormValues,
  available: readonly DeckRef[],
): { ok: true; settings: GroupSettings } | { ok: false; errors: GroupFieldError[] } {
  const errors: GroupFieldError[] = [];
  const range = (field: GroupField, text: string, min: number, max: number): number => {
    const value = wholeNumber(text, min, max);
    if (value === null) errors.push({ field, code: 'integer-range', params: { min, max } });
    return value ?? min;
  };
  const title = values.title.trim();
  if (title !== '' && !isValidTitle(title)) errors.push({ field: 'title', code: 'title' });
  const seats = range('seats', values.seats, JOIN_LIMITS.minSeats, JOIN_LIMITS.maxSeats);
  const seatsOk = errors.every((e) => e.field !== 'seats');
  const groups = range('groups', values.groups, 1, seatsOk ? Math.min(MAX_GROUPS, seats) : MAX_GROUPS);
  const cardsPerSeat = range('cardsPerSeat', values.cardsPerSeat, JOIN_LIMITS.minCards, JOIN_LIMITS.maxCards);
  const seed = range('seed', values.seed, 0, MAX_SEED);
  const decks = values.deckIds
    .map((id) => available.find((d) => d.id === id))
    .filter((d): d is DeckRef => d !== undefined)
    .map((d) => ({ id: d.id, version: d.version }));
  if (decks.length < JOIN_LIMITS.minDecks || decks.length > JOIN_LIMITS.maxDecks)
    errors.push({
      field: 'decks',
      code: 'decks-range',
      params: { min: JOIN_LIMITS.minDecks, max: JOIN_LIMITS.maxDecks },
    });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: { title, seed, seats, groups, mode: values.mode, cardsPerSeat, decks } };
}

/** The form's starting values for an existing session. */
export function formValuesOf(session: WorkshopSession): GroupFormValues {
  return {
    title: session.title,
    seats: String(session.seats),
    groups: String(session.groups),
    cardsPerSeat: String(session.cardsPerSeat),
    seed: String(session.seed),
    mode: session.mode,
    deckIds: session.decks.map((d) => d.id),
  };
}
