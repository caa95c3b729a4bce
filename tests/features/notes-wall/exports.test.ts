// @vitest-environment jsdom
import i18next, { type TFunction } from 'i18next';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck/types.ts';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import { parseNotesFileText } from '../../../src/domain/notes/parse-notes-file.ts';
import {
  csvFile,
  jsonFile,
  markdownFile,
  type ExportSource,
} from '../../../src/features/notes-wall/exports.ts';
import { buildMinutes } from '../../../src/features/notes-wall/minutes.ts';
import { initI18n } from '../../../src/i18n/init.ts';

const DECK: Deck = {
  id: 'naervaer',
  version: 1,
  title: { nb: 'Nærvær' },
  description: { nb: 'Nærvær' },
  categories: [{ id: 'tema', label: { nb: 'Tema' } }],
  cards: [{ id: 'k1', category: 'tema', text: { nb: 'Hva gir arbeidsglede?' } }],
};

const NOTES: Note[] = [
  {
    id: 'n1',
    sessionId: 'K7M4QX',
    cardRef: 'naervaer/k1',
    stepIndex: 0,
    seat: 3,
    author: 'Kari',
    text: '=HYPERLINK("http://x")',
    createdAt: Date.UTC(2026, 10, 22, 9, 5),
    updatedAt: Date.UTC(2026, 10, 22, 9, 6),
  },
  {
    id: 'n2',
    sessionId: 'K7M4QX',
    cardRef: null,
    seat: 5,
    text: 'Fri tanke; med semikolon',
    createdAt: Date.UTC(2026, 10, 22, 9, 10),
    updatedAt: Date.UTC(2026, 10, 22, 9, 10),
  },
  {
    id: 'n3',
    sessionId: 'K7M4QX',
    cardRef: 'naervaer/k1',
    text: '',
    createdAt: Date.UTC(2026, 10, 22, 9, 11),
    updatedAt: Date.UTC(2026, 10, 22, 9, 12),
  },
];

let t: TFunction<'notes'>;
beforeAll(async () => {
  await initI18n('nb');
  t = i18next.getFixedT('nb', 'notes');
});

const source = (anonymise: boolean): ExportSource => ({
  ref: { code: 'K7M4QX', seed: 1, decks: [{ id: 'naervaer', version: 1 }] },
  title: 'Nærværsverksted',
  date: Date.UTC(2026, 10, 22, 9),
  steps: [],
  notes: NOTES,
  decks: [DECK],
  lang: 'nb',
  anonymise,
  now: Date.UTC(2026, 10, 22, 12),
});

describe('exports of a session', () => {
  it('Markdown minutes group the notes by card, with authors unless anonymised', () => {
    const md = markdownFile(source(false), t);
    expect(md.name).toBe('kortstokk-referat-K7M4QX-2026-11-22.md');
    expect(md.text).toContain('# Nærværsverksted');
    expect(md.text).toContain('### Kort: Hva gir arbeidsglede?');
    expect(md.text).toContain('— Kari, Plass 3');
    expect(md.text).toContain('### Uten kort');
    expect(markdownFile(source(true), t).text).not.toMatch(/Kari|Plass 3/);
  });

  it('CSV is for Norwegian Excel: BOM, semicolons, formula cells escaped, no names when anonymised', () => {
    const csv = csvFile(source(false), t);
    expect(csv.name).toBe('kortstokk-notater-K7M4QX-2026-11-22.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Tid', 'Trinn', 'Plass', 'Navn', 'Kort-id', 'Kort', 'Notat']);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(1)).toEqual([
      '1',
      '3',
      'Kari',
      'naervaer/k1',
      'Hva gir arbeidsglede?',
      `'=HYPERLINK("http://x")`,
    ]);
    expect(rows[2]?.[6]).toBe('Fri tanke; med semikolon');
    const anonymous = csvFile(source(true), t).text;
    expect(anonymous).not.toContain('Kari');
    expect(Papa.parse<string[]>(anonymous.slice(1), { delimiter: ';' }).data[0]).toEqual([
      'Tid',
      'Trinn',
      'Kort-id',
      'Kort',
      'Notat',
    ]);
  });

  it('JSON is lossless (cleared notes too) and reads back as a notes export; anonymised it has no names', () => {
    const parsed = parseNotesFileText(jsonFile(source(false), t).text);
    expect(parsed.ok && parsed.file.kind === 'notes' && parsed.file.notesExport.notes).toEqual(NOTES);
    const anonymous = parseNotesFileText(jsonFile(source(true), t).text);
    expect(
      anonymous.ok &&
        anonymous.file.kind === 'notes' &&
        anonymous.file.notesExport.notes.map((n) => n.author),
    ).toEqual([undefined, undefined, undefined]);
  });

  it('the print and DOCX minutes leave out cleared notes and, anonymised, who wrote what', () => {
    const minutes = buildMinutes({ ...source(true), steps: [] }, t);
    expect(minutes.groups.map((g) => g.heading)).toEqual(['Kort: Hva gir arbeidsglede?', 'Uten kort']);
    expect(minutes.groups.flatMap((g) => g.notes.map((n) => n.who))).toEqual([null, null]);
    expect(buildMinutes(source(false), t).groups[0]?.notes[0]?.who).toBe('Kari, Plass 3');
  });
});
