import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/domain/notes/journal-backup.ts';
import { LEADERSHIP_FUNCTIONS } from '../../../src/domain/notes/journal-backup.ts';
import { buildJournalDoc, type JournalDocLabels } from '../../../src/features/solo/journal-document.ts';
import { journalToMarkdown } from '../../../src/features/solo/journal-markdown.ts';

const LABELS: JournalDocLabels = {
  title: 'Refleksjonslogg',
  exported: 'Eksportert',
  entries: 'Svar',
  noCard: 'Uten kort',
  emptyEntry: '(tomt svar)',
  noEntries: 'Ingen svar ennå.',
  assessments: 'Egenvurderinger',
  function: 'Ledelsesfunksjon',
  score: 'Score (1–5)',
  note: 'Notat',
  functions: Object.fromEntries(
    LEADERSHIP_FUNCTIONS.map((k) => [k, `F ${k}`]),
  ) as JournalDocLabels['functions'],
};
const ratings = Object.fromEntries(
  LEADERSHIP_FUNCTIONS.map((k, i) => [k, { score: ((i % 5) + 1) as 1, note: i === 0 ? 'a | b' : '' }]),
) as Assessment['ratings'];

const doc = (
  entries: Parameters<typeof buildJournalDoc>[0]['journal']['entries'],
  assessments: Assessment[] = [],
) =>
  buildJournalDoc({
    journal: { entries, assessments },
    labels: LABELS,
    exportedAt: 99,
    cardText: (ref) => (ref === 'd/1' ? 'Hva *betyr* tillit?' : ref),
    formatDate: (ms) => `dag ${ms}`,
  });

describe('journal as Markdown', () => {
  it('groups answers under their card, dated, free entries last, assessments as tables', () => {
    const md = journalToMarkdown(
      doc(
        [
          { id: 'x', cardRef: null, text: 'Fri', createdAt: 1, updatedAt: 1 },
          { id: 'a', cardRef: 'd/1', text: 'Første\n\nandre avsnitt', createdAt: 2, updatedAt: 2 },
          { id: 'b', cardRef: 'd/1', text: ' ', createdAt: 3, updatedAt: 3 },
        ],
        [{ id: 'as', createdAt: 4, ratings }],
      ),
    );
    expect(md).toBe(
      [
        '# Refleksjonslogg',
        '',
        'Eksportert: dag 99',
        '',
        '## Svar',
        '',
        '### Hva \\*betyr\\* tillit?',
        '',
        '**dag 2**',
        '',
        '> Første',
        '>',
        '> andre avsnitt',
        '',
        '**dag 3**',
        '',
        '> (tomt svar)',
        '',
        '### Uten kort',
        '',
        '**dag 1**',
        '',
        '> Fri',
        '',
        '## Egenvurderinger',
        '',
        '### dag 4',
        '',
        '| Ledelsesfunksjon | Score (1–5) | Notat |',
        '| --- | --- | --- |',
        ...LEADERSHIP_FUNCTIONS.map((k, i) => `| F ${k} | ${(i % 5) + 1} | ${i === 0 ? 'a \\| b' : ' '} |`),
        '',
      ].join('\n'),
    );
  });

  it('never lets journal text become structure', () => {
    const md = journalToMarkdown(
      doc([
        {
          id: 'a',
          cardRef: null,
          text: '# title\n- list\n<script>x</script>\n[link](http://x)',
          createdAt: 1,
          updatedAt: 1,
        },
      ]),
    );
    expect(md).toContain('> \\# title');
    expect(md).toContain('> \\- list');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\[link\\](http://x)');
    expect(md).not.toMatch(/^#+ title/m);
  });

  it('says so when the journal is empty', () => {
    expect(journalToMarkdown(doc([]))).toContain('Ingen svar ennå.');
  });
});
