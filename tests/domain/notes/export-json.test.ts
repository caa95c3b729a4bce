import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNotesExport, notesExportToJson } from '../../../src/domain/notes/export-json.ts';
import { createHandIn, handInToJson } from '../../../src/domain/notes/handin.ts';
import { mergeHandIns } from '../../../src/domain/notes/merge-handins.ts';
import { parseNotesFileText } from '../../../src/domain/notes/parse-notes-file.ts';
import { notesArb, SESSION } from './support/note-arbitraries.ts';

describe('notes export (JSON)', () => {
  it('round-trips losslessly: export → import → merge into nothing gives the same notes', () => {
    fc.assert(
      fc.property(
        notesArb(12),
        fc.option(fc.constantFrom('Verksted', 'Plan «B»'), { nil: undefined }),
        (notes, title) => {
          const data = createNotesExport({
            session: SESSION,
            exportedAt: 99,
            notes,
            ...(title ? { title } : {}),
          });
          const read = parseNotesFileText(notesExportToJson(data));
          expect(read).toEqual({ ok: true, file: { kind: 'notes', notesExport: data } });
          if (!read.ok || read.file.kind !== 'notes') return;
          const merged = mergeHandIns([], read.file.notesExport, SESSION);
          expect(merged).toEqual({ ok: true, notes, added: notes.length, updated: 0, unchanged: 0 });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('imports a hand-in through the same door', () => {
    const handIn = createHandIn({ session: SESSION, participant: { seat: 4 }, notes: [], createdAt: 1 });
    expect(parseNotesFileText(handInToJson(handIn))).toEqual({ ok: true, file: { kind: 'hand-in', handIn } });
  });

  it('reports an unknown file type against the export tag', () => {
    const text = JSON.stringify({
      type: 'kortstokk/deck',
      format: 1,
      session: SESSION,
      exportedAt: 1,
      notes: [],
    });
    expect(parseNotesFileText(text)).toEqual({
      ok: false,
      issues: [{ path: 'type', code: 'wrong-type-tag', params: { expected: 'kortstokk/notes' } }],
    });
  });
});
