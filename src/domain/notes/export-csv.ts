import Papa from 'papaparse';
import type { Note } from './note-types.ts';

/** Column headings, already in the user's language (the UI translates). */
export interface CsvLabels {
  readonly time: string;
  readonly step: string;
  readonly seat: string;
  readonly author: string;
  readonly cardRef: string;
  readonly card: string;
  readonly text: string;
}

/** What the CSV is made from. */
export interface CsvInput {
  readonly notes: readonly Note[];
  readonly cardText: (ref: string) => string;
  readonly labels: CsvLabels;
  /** Formats createdAt (ms) for the time column. */
  readonly formatDate: (ms: number) => string;
  /** Leave out who wrote what: no author or seat columns. */
  readonly anonymise?: boolean;
}

/** Cells that Excel or LibreOffice would read as a formula (or a DDE call) start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell inert as a spreadsheet formula by putting a ' in front of a dangerous first char. */
export function escapeCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** UTF-8 byte order mark: without it Excel reads the file as Windows-1252 and mangles æøå. */
export const CSV_BOM = '\uFEFF';

/**
 * Writes notes as CSV for Norwegian Excel: BOM, `;` between cells (the comma is the Norwegian
 * decimal sign), CRLF line ends, a header row, one row per note in the order written. Every cell,
 * headings too, is escaped against formula injection; Papa.unparse does the quoting.
 */
export function notesToCsv(input: CsvInput): string {
  const { labels, anonymise = false } = input;
  const columns: [string, (note: Note) => string][] = [
    [labels.time, (n) => input.formatDate(n.createdAt)],
    [labels.step, (n) => (n.stepIndex === undefined ? '' : String(n.stepIndex + 1))],
  ];
  if (!anonymise) {
    columns.push([labels.seat, (n) => (n.seat === undefined ? '' : String(n.seat))]);
    columns.push([labels.author, (n) => n.author ?? '']);
  }
  columns.push(
    [labels.cardRef, (n) => n.cardRef ?? ''],
    [labels.card, (n) => (n.cardRef === null ? '' : input.cardText(n.cardRef))],
    [labels.text, (n) => n.text],
  );
  const notes = [...input.notes].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const fields = columns.map(([label]) => escapeCsvCell(label));
  const data = notes.map((note) => columns.map(([, cell]) => escapeCsvCell(cell(note))));
  const body = Papa.unparse(
    { fields, data },
    { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${CSV_BOM}${body}\r\n`;
}
