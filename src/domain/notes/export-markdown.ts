import type { Note } from './note-types.ts';
import { escapeMarkdownBlock, escapeMarkdownText } from './markdown-escape.ts';

/** Headings and words of the minutes, already in the user's language (the UI translates). */
export interface MinutesLabels {
  /** e.g. «Dato» */
  readonly date: string;
  /** e.g. «Program» */
  readonly steps: string;
  /** e.g. «Notater» */
  readonly notes: string;
  /** e.g. «Kort»: prefix of each card heading */
  readonly card: string;
  /** e.g. «Uten kort» */
  readonly noCard: string;
  /** e.g. «Plass»: shown as «Plass 3» */
  readonly seat: string;
  /** e.g. «Ingen notater» */
  readonly noNotes: string;
}

/** What the minutes are made from; time comes in as numbers and is formatted by the caller. */
export interface MinutesInput {
  readonly title: string;
  /** When the session took place (ms), shown through formatDate. */
  readonly date: number;
  /** The run-sheet's steps as the UI words them, e.g. «Speed-date (4 × 3 min)». */
  readonly steps: readonly string[];
  readonly notes: readonly Note[];
  /** The card's text in the user's language (or the ref itself when the card is unknown). */
  readonly cardText: (ref: string) => string;
  readonly labels: MinutesLabels;
  readonly formatDate: (ms: number) => string;
  /** Leave out who wrote what: authors and seats. */
  readonly anonymise?: boolean;
}

function byTime(a: Note, b: Note): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Notes grouped by card, groups in the order their first note was written; no-card notes last. */
function groupByCard(notes: readonly Note[]): [string | null, Note[]][] {
  const groups = new Map<string | null, Note[]>();
  for (const note of [...notes].sort(byTime)) {
    const list = groups.get(note.cardRef);
    if (list) list.push(note);
    else groups.set(note.cardRef, [note]);
  }
  const withCard = [...groups].filter(([ref]) => ref !== null);
  const without = groups.get(null);
  return without ? [...withCard, [null, without]] : withCard;
}

function noteItem(note: Note, input: MinutesInput): string[] {
  const lines = escapeMarkdownBlock(note.text);
  const who: string[] = [];
  if (!input.anonymise && note.author !== undefined) who.push(escapeMarkdownText(note.author));
  if (!input.anonymise && note.seat !== undefined)
    who.push(`${escapeMarkdownText(input.labels.seat)} ${note.seat}`);
  if (who.length > 0) lines.push(`— ${who.join(', ')}`);
  if (lines.length === 0) lines.push('…');
  // Continuation lines are indented under the bullet so the note stays one list item.
  return lines.map((line, i) => (i === 0 ? `- ${line}` : line === '' ? '' : `  ${line}`));
}

/**
 * Writes a session's notes as Markdown minutes: title, date, the steps, then the notes grouped by
 * card. All user and card text is escaped (see markdown-escape.ts), so nothing a participant
 * writes can add headings, HTML or links to the minutes.
 */
export function notesToMarkdown(input: MinutesInput): string {
  const { labels } = input;
  const out: string[] = [`# ${escapeMarkdownText(input.title)}`, ''];
  out.push(`${escapeMarkdownText(labels.date)}: ${escapeMarkdownText(input.formatDate(input.date))}`, '');
  if (input.steps.length > 0) {
    out.push(`## ${escapeMarkdownText(labels.steps)}`, '');
    input.steps.forEach((step, i) => out.push(`${i + 1}. ${escapeMarkdownText(step)}`));
    out.push('');
  }
  out.push(`## ${escapeMarkdownText(labels.notes)}`, '');
  const groups = groupByCard(input.notes);
  if (groups.length === 0) out.push(escapeMarkdownText(labels.noNotes), '');
  for (const [ref, notes] of groups) {
    const heading =
      ref === null
        ? escapeMarkdownText(labels.noCard)
        : `${escapeMarkdownText(labels.card)}: ${escapeMarkdownText(input.cardText(ref))}`;
    out.push(`### ${heading}`, '');
    for (const note of notes) out.push(...noteItem(note, input));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
