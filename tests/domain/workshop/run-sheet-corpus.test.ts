import { describe, expect, it } from 'vitest';
import { parseRunSheetText } from '../../../src/domain/workshop/parse-run-sheet.ts';
import { RUN_SHEET_LIMITS } from '../../../src/domain/workshop/run-sheet-types.ts';
import { expectCase, fileCorpus, paddedJson } from './support/file-corpus.ts';

const corpus = fileCorpus('run-sheets');

const generated: Record<string, () => ReturnType<typeof parseRunSheetText>> = {
  'too-large.json': () =>
    parseRunSheetText(
      paddedJson(
        { type: 'kortstokk/run-sheet', format: 1, id: 'x', title: { nb: 'x' }, steps: [] },
        RUN_SHEET_LIMITS.fileBytes + 1,
      ),
    ),
};

describe('run-sheet bad-input corpus (tests/fixtures/run-sheets)', () => {
  it('lists every fixture file in expected.json, and generates exactly the generated cases', () => {
    expect(corpus.committed).toEqual(corpus.files);
    expect(Object.keys(generated).sort()).toEqual(corpus.generated);
  });

  for (const name of corpus.files) {
    it(`${name}: gives exactly the expected outcome`, () => {
      expectCase(parseRunSheetText(corpus.bytes(name)), corpus.cases[name]!);
    });
  }

  for (const [name, make] of Object.entries(generated)) {
    it(`${name} (generated): gives exactly the expected outcome`, () => {
      expectCase(make(), corpus.cases[name]!);
    });
  }

  it('accepts a file of exactly the size cap', () => {
    const text = paddedJson(
      { type: 'kortstokk/run-sheet', format: 1, id: 'x', title: { nb: 'x' }, steps: [] },
      RUN_SHEET_LIMITS.fileBytes,
    );
    expect(parseRunSheetText(text).ok).toBe(true);
  });

  it('leaves Object.prototype untouched after reading the prototype-key fixtures', () => {
    parseRunSheetText(corpus.bytes('proto-key.json'));
    parseRunSheetText(corpus.bytes('constructor-key.json'));
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
