import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, escapeCsvCell, notesToCsv, type CsvInput } from '../../../src/domain/notes/export-csv.ts';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import { note, notesArb } from './support/note-arbitraries.ts';

const labels = {
  time: 'Tid',
  step: 'Steg',
  seat: 'Plass',
  author: 'Navn',
  cardRef: 'Kort-id',
  card: 'Kort',
  text: 'Notat',
};
const input = (notes: Note[], extra: Partial<CsvInput> = {}): CsvInput => ({
  notes,
  cardText: (ref) => `Tekst for ${ref}`,
  labels,
  formatDate: (ms) => `t${ms}`,
  ...extra,
});

/** Parses our CSV back the way a spreadsheet would split it (BOM off, `;`, CRLF). */
function rows(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.slice(CSV_BOM.length), {
    delimiter: ';',
    newline: '\r\n',
    skipEmptyLines: true,
  });
  return parsed.data;
}

describe('notesToCsv', () => {
  it('starts with a BOM, uses ; and CRLF, a header row and one row per note in time order', () => {
    const csv = notesToCsv(
      input([
        note({ id: 'b', createdAt: 2, text: 'andre' }),
        note({
          id: 'a',
          createdAt: 1,
          stepIndex: 0,
          seat: 3,
          author: 'Kari',
          cardRef: null,
          text: 'første; med semikolon',
        }),
      ]),
    );
    expect(csv.startsWith('\uFEFFTid;Steg;Plass;Navn;Kort-id;Kort;Notat\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(rows(csv)).toEqual([
      ['Tid', 'Steg', 'Plass', 'Navn', 'Kort-id', 'Kort', 'Notat'],
      ['t1', '1', '3', 'Kari', '', '', 'første; med semikolon'],
      ['t2', '', '', '', 'naervaer/naervaer-001', 'Tekst for naervaer/naervaer-001', 'andre'],
    ]);
  });

  it('leaves out the seat and name columns when anonymised', () => {
    const csv = notesToCsv(input([note({ author: 'Kari', seat: 3 })], { anonymise: true }));
    expect(rows(csv)[0]).toEqual(['Tid', 'Steg', 'Kort-id', 'Kort', 'Notat']);
    expect(csv).not.toContain('Kari');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(escapeCsvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(escapeCsvCell('1+1')).toBe('1+1');
    const csv = notesToCsv(
      input([note({ text: '=HYPERLINK("http://x";"klikk")', author: '@SUM(1)' })], {
        labels: { ...labels, text: '=Notat' },
      }),
    );
    const [header, row] = rows(csv);
    expect(header?.[6]).toBe("'=Notat");
    expect(row?.[3]).toBe("'@SUM(1)");
    expect(row?.[6]).toBe('\'=HYPERLINK("http://x";"klikk")');
  });

  it('keeps any note text intact apart from the formula guard', () => {
    fc.assert(
      fc.property(notesArb(4), (notes) => {
        const parsed = rows(notesToCsv(input(notes)));
        expect(parsed).toHaveLength(notes.length + 1);
        const sorted = [...notes].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
        sorted.forEach((n, i) => {
          const cell = parsed[i + 1]?.[6];
          expect(cell).toBe(escapeCsvCell(n.text));
        });
      }),
      { numRuns: 200 },
    );
  });
});
