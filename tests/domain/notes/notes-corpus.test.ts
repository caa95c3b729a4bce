import { describe, expect, it } from 'vitest';
import { HAND_IN_MAX_BYTES } from '../../../src/domain/notes/handin.ts';
import { JOURNAL_LIMITS } from '../../../src/domain/notes/journal-backup.ts';
import { mergeHandIns } from '../../../src/domain/notes/merge-handins.ts';
import { parseHandInText } from '../../../src/domain/notes/parse-handin.ts';
import { parseJournalBackupText } from '../../../src/domain/notes/parse-journal-backup.ts';
import { expectCase, fileCorpus, paddedJson } from '../workshop/support/file-corpus.ts';

const handIns = fileCorpus('hand-ins');
const journals = fileCorpus('journals');

const generatedHandIns: Record<string, () => ReturnType<typeof parseHandInText>> = {
  'too-large.json': () => parseHandInText(paddedJson({ type: 'kortstokk/hand-in' }, HAND_IN_MAX_BYTES + 1)),
};
const generatedJournals: Record<string, () => ReturnType<typeof parseJournalBackupText>> = {
  'too-large.json': () =>
    parseJournalBackupText(
      new TextEncoder().encode(paddedJson({ type: 'kortstokk/journal' }, JOURNAL_LIMITS.fileBytes + 1)),
    ),
};

describe('hand-in bad-input corpus (tests/fixtures/hand-ins)', () => {
  it('lists every fixture file in expected.json, and generates exactly the generated cases', () => {
    expect(handIns.committed).toEqual(handIns.files);
    expect(Object.keys(generatedHandIns).sort()).toEqual(handIns.generated);
  });

  for (const name of handIns.files) {
    it(`${name}: gives exactly the expected outcome`, () => {
      expectCase(parseHandInText(handIns.bytes(name)), handIns.cases[name]!);
    });
  }

  for (const [name, make] of Object.entries(generatedHandIns)) {
    it(`${name} (generated): gives exactly the expected outcome`, () => {
      expectCase(make(), handIns.cases[name]!);
    });
  }

  const valid = parseHandInText(handIns.bytes('valid.json'));
  const session = valid.ok ? valid.handIn.session : null;

  for (const [name, c] of Object.entries(handIns.cases).filter(([, c]) => c.merge)) {
    it(`${name}: is refused by the merge with ${c.merge!.code}, and nothing changes`, () => {
      const parsed = parseHandInText(handIns.bytes(name));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok || !session) return;
      expect((parsed.handIn as unknown as Record<string, unknown>)[c.merge!.path]).not.toEqual(session);
      expect(mergeHandIns([], parsed.handIn, session)).toEqual({ ok: false, code: c.merge!.code });
    });
  }

  it('merges valid.json into its own session', () => {
    expect(valid.ok && session && mergeHandIns([], valid.handIn, session)).toMatchObject({
      ok: true,
      added: 2,
    });
  });
});

describe('journal backup bad-input corpus (tests/fixtures/journals)', () => {
  it('lists every fixture file in expected.json, and generates exactly the generated cases', () => {
    expect(journals.committed).toEqual(journals.files);
    expect(Object.keys(generatedJournals).sort()).toEqual(journals.generated);
  });

  for (const name of journals.files) {
    it(`${name}: gives exactly the expected outcome`, () => {
      expectCase(parseJournalBackupText(journals.bytes(name)), journals.cases[name]!);
    });
  }

  for (const [name, make] of Object.entries(generatedJournals)) {
    it(`${name} (generated): gives exactly the expected outcome`, () => {
      expectCase(make(), journals.cases[name]!);
    });
  }
});

it('leaves Object.prototype untouched after reading the prototype-key fixtures', () => {
  parseHandInText(handIns.bytes('proto-key.json'));
  parseJournalBackupText(journals.bytes('proto-key.json'));
  expect(Object.prototype).not.toHaveProperty('polluted');
});
