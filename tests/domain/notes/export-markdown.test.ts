import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notesToMarkdown, type MinutesInput } from '../../../src/domain/notes/export-markdown.ts';
import { escapeMarkdownBlock, escapeMarkdownText } from '../../../src/domain/notes/markdown-escape.ts';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import { note } from './support/note-arbitraries.ts';

const labels = {
  date: 'Dato',
  steps: 'Program',
  notes: 'Notater',
  card: 'Kort',
  noCard: 'Uten kort',
  seat: 'Plass',
  noNotes: 'Ingen notater',
};

const input = (notes: Note[], extra: Partial<MinutesInput> = {}): MinutesInput => ({
  title: 'Verksted ledelse',
  date: Date.UTC(2026, 10, 22),
  steps: ['Speed-date (4 × 3 min)', '2 minutter stille stund'],
  notes,
  cardText: (ref) => (ref === 'naervaer/naervaer-001' ? 'Tenk deg en tjeneste der alle er på jobb' : ref),
  labels,
  formatDate: () => '22. november 2026',
  ...extra,
});

describe('notesToMarkdown', () => {
  it('reads as minutes: title, date, steps, then notes grouped by card with the free notes last', () => {
    const md = notesToMarkdown(
      input([
        note({ id: 'a', cardRef: null, text: 'Fri tanke', createdAt: 1 }),
        note({ id: 'b', text: 'Tid til å se hverandre', author: 'Kari', seat: 3, createdAt: 2 }),
        note({ id: 'c', text: 'Mindre stress\nmer ro', createdAt: 3 }),
      ]),
    );
    expect(md).toBe(
      [
        '# Verksted ledelse',
        '',
        'Dato: 22. november 2026',
        '',
        '## Program',
        '',
        '1. Speed-date (4 × 3 min)',
        '2. 2 minutter stille stund',
        '',
        '## Notater',
        '',
        '### Kort: Tenk deg en tjeneste der alle er på jobb',
        '',
        '- Tid til å se hverandre',
        '  — Kari, Plass 3',
        '- Mindre stress',
        '  mer ro',
        '',
        '### Uten kort',
        '',
        '- Fri tanke',
        '',
      ].join('\n'),
    );
  });

  it('drops authors and seats when anonymised', () => {
    const md = notesToMarkdown(input([note({ author: 'Kari', seat: 3 })], { anonymise: true }));
    expect(md).not.toMatch(/Kari|Plass 3/);
  });

  it('says so when there are no notes', () => {
    expect(notesToMarkdown(input([]))).toContain('## Notater\n\nIngen notater\n');
  });

  it('lets no user text add headings, HTML, links, code blocks or list items', () => {
    const hostile = [
      '# Overskrift',
      '<script>alert(1)</script>',
      '[klikk](javascript:alert(1))',
      '```',
      '    kodeblokk',
      '---',
      '===',
      '- punkt',
      '1. punkt',
      '> sitat',
      '| a | b |',
    ].join('\n');
    const md = notesToMarkdown(
      input([note({ text: hostile, author: '## Ola <b>' })], {
        title: 'Tittel\n# Ny',
        cardText: () => '<i>kort</i> #',
      }),
    );
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toEqual([
      '# Tittel \\# Ny',
      '## Program',
      '## Notater',
      '### Kort: \\<i\\>kort\\</i\\> \\#',
    ]);
    expect(md).not.toMatch(/(^|[^\\])[<>`[\]]/m);
    expect(lines.filter((l) => /^ {0,3}([-*+]|\d+\.) /.test(l))).toHaveLength(3); // 2 steps + 1 note
  });

  it('escapes any text so that only escaped structure characters remain', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const line of escapeMarkdownBlock(text)) {
          expect(line).not.toMatch(/(^|[^\\])[<>`*_[\]#|~]/);
          expect(line).not.toMatch(/^([-+=]|\d+[.)])/);
          expect(line).not.toMatch(/^\s/);
        }
        expect(escapeMarkdownText(text)).not.toMatch(/\n/);
      }),
    );
  });
});
