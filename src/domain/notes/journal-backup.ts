/** The `type` tag of a journal backup file. */
export const JOURNAL_TYPE = 'kortstokk/journal';

/** The only journal backup format this code reads. */
export const JOURNAL_FORMAT = 1;

/** Limits of a journal backup. */
export const JOURNAL_LIMITS = {
  fileBytes: 5_000_000,
  entries: 10_000,
  assessments: 1000,
  round: 100,
  ratingNote: 2000,
} as const;

/** A leader's journal entry: free, or about a card. */
export interface JournalEntry {
  readonly id: string;
  readonly cardRef: string | null;
  readonly text: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Groups answers to the same card over time ("I answered this in March, and again now"). */
  readonly round?: string;
}

/** The six leadership functions of seed 002, in its order. */
export const LEADERSHIP_FUNCTIONS = [
  'strategisk-planlegging',
  'okonomistyring',
  'kompetanseutvikling',
  'kvalitetsutvikling',
  'personlige-lederegenskaper',
  'samhandling',
] as const;

/** One of the six leadership functions. */
export type LeadershipFunction = (typeof LEADERSHIP_FUNCTIONS)[number];

/** A self-rating of one function: 1 (weak) to 5 (strong), with a note. */
export interface Rating {
  readonly score: 1 | 2 | 3 | 4 | 5;
  readonly note: string;
}

/** A dated self-assessment over all six leadership functions; a snapshot, never edited. */
export interface Assessment {
  readonly id: string;
  readonly createdAt: number;
  readonly ratings: Readonly<Record<LeadershipFunction, Rating>>;
}

/** Everything a leader's journal holds, as backed up (the file adds type and format). */
export interface JournalBackup {
  readonly exportedAt: number;
  readonly entries: readonly JournalEntry[];
  readonly assessments: readonly Assessment[];
}

/** Returns a fresh journal entry holding only known fields. */
export function copyJournalEntry(entry: JournalEntry): JournalEntry {
  const out: JournalEntry = {
    id: entry.id,
    cardRef: entry.cardRef,
    text: entry.text,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
  return entry.round === undefined ? out : { ...out, round: entry.round };
}

/** Returns a fresh assessment holding only known fields. */
export function copyAssessment(assessment: Assessment): Assessment {
  const ratings = Object.fromEntries(
    LEADERSHIP_FUNCTIONS.map((key) => [
      key,
      { score: assessment.ratings[key].score, note: assessment.ratings[key].note },
    ]),
  ) as Record<LeadershipFunction, Rating>;
  return { id: assessment.id, createdAt: assessment.createdAt, ratings };
}

/** Packs the journal for backup; exportedAt is the caller's clock reading (ms). */
export function createJournalBackup(options: {
  readonly entries: readonly JournalEntry[];
  readonly assessments: readonly Assessment[];
  readonly exportedAt: number;
}): JournalBackup {
  return {
    exportedAt: options.exportedAt,
    entries: options.entries.map(copyJournalEntry),
    assessments: options.assessments.map(copyAssessment),
  };
}

/** Writes a journal backup as pretty JSON that parseJournalBackupText reads back equal. */
export function journalBackupToJson(backup: JournalBackup): string {
  const { exportedAt, entries, assessments } = createJournalBackup(backup);
  const file = { type: JOURNAL_TYPE, format: JOURNAL_FORMAT, exportedAt, entries, assessments };
  return `${JSON.stringify(file, null, 2)}\n`;
}
