import { localize } from '../../domain/deck/localize.ts';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import { JOIN_LIMITS } from '../../domain/join/join-session.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import type { GroupFormValues } from './group-values.ts';
import { decksOfSheet } from './sheet-decks.ts';

/**
 * A new group's starting values: the sheet's title (cut to what a link carries), twelve people in
 * three groups, five cards each, the odd-count mode of the first speed-date step, and the decks
 * the plan uses (or the first deck when it names none).
 */
export function defaultGroupValues(
  sheet: RunSheet,
  decks: readonly Deck[],
  lang: Lang,
  seed: number,
): GroupFormValues {
  const title = [...localize(sheet.title, lang).text.trim()]
    .slice(0, JOIN_LIMITS.maxTitleChars)
    .join('')
    .trim();
  const speedDate = sheet.steps.find((s) => s.format === 'speed-date');
  const available = new Set(decks.map((d) => d.id));
  const used = decksOfSheet(sheet).filter((id) => available.has(id));
  const first = decks[0]?.id;
  return {
    title,
    seats: '12',
    groups: '3',
    cardsPerSeat: '5',
    seed: String(seed),
    mode: speedDate?.format === 'speed-date' ? speedDate.oddMode : 'sit-out',
    deckIds: (used.length > 0 ? used : first ? [first] : []).slice(0, JOIN_LIMITS.maxDecks),
  };
}
