import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createJournalBackup, journalBackupToJson } from '../../../src/domain/notes/journal-backup.ts';
import { parseJournalBackupText } from '../../../src/domain/notes/parse-journal-backup.ts';
import { planJournalImport } from '../../../src/features/solo/import-journal.ts';
import { journalFromNotes } from '../../../src/features/solo/journal-records.ts';
import type { NotesRepository } from '../../../src/storage/notes-repository-types.ts';
import { freshEnv, manualClock, openTab } from '../../storage/notes-test-kit.ts';

const FIXTURES = 'tests/fixtures/journals';
const fixture = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));

/** What the export view does: the journal in the repository as backup file text. */
function exportText(repo: NotesRepository, at: number): string {
  return journalBackupToJson(createJournalBackup({ ...journalFromNotes(repo.all()), exportedAt: at }));
}

/** What the import view does: parse, plan, write. */
async function importText(repo: NotesRepository, text: string | Uint8Array) {
  const parsed = parseJournalBackupText(text);
  if (!parsed.ok) return { ok: false as const, issues: parsed.issues };
  await repo.ready;
  const plan = planJournalImport(repo.all(), parsed.backup, (id) => repo.get(id));
  await repo.importNotes(plan.records);
  await repo.flush();
  return { ok: true as const, plan };
}

async function writeJournal(repo: NotesRepository, clock: ReturnType<typeof manualClock>) {
  await repo.ready;
  const first = repo.put({ kind: 'journal', cardRef: 'ledelse/ledelse-001', text: 'Først' });
  clock.set(5_000);
  repo.setText(first.id, 'Først, og så litt til.\n# ikke en overskrift');
  clock.set(9_000);
  repo.put({ kind: 'journal', cardRef: 'ledelse/ledelse-001', text: 'Igjen', meta: { round: first.id } });
  repo.put({ kind: 'journal', cardRef: null, text: 'Fri tanke' });
  const ratings = Object.fromEntries(
    [
      'strategisk-planlegging',
      'okonomistyring',
      'kompetanseutvikling',
      'kvalitetsutvikling',
      'personlige-lederegenskaper',
      'samhandling',
    ].map((key, i) => [key, { score: (i % 5) + 1, note: i === 0 ? 'notat' : '' }]),
  );
  repo.put({ kind: 'assessment', text: '', meta: { ratings } });
  repo.put({ kind: 'note', sessionId: 'ABCDEF', text: 'a workshop note, not journal' });
  await repo.flush();
}

describe('journal export and import through the notes repository', () => {
  it('restores exactly what was exported on another device, and a second import adds nothing', async () => {
    const clock = manualClock();
    const source = openTab(freshEnv(), { now: clock.now });
    await writeJournal(source, clock);
    const text = exportText(source, 10_000);

    const target = openTab(freshEnv());
    const first = await importText(target, text);
    expect(first.ok && first.plan.entries).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(journalFromNotes(target.all())).toEqual(journalFromNotes(source.all()));
    expect(exportText(target, 10_000)).toBe(text);

    const second = await importText(target, text);
    expect(second.ok && second.plan.records).toEqual([]);
    expect(second.ok && second.plan.entries).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(target.all()).toHaveLength(4);
  });

  it('brings back an entry that was deleted after the backup was made', async () => {
    const clock = manualClock();
    const repo = openTab(freshEnv(), { now: clock.now });
    await writeJournal(repo, clock);
    const text = exportText(repo, 10_000);
    const gone = journalFromNotes(repo.all()).entries[0]!;
    clock.set(20_000);
    repo.remove(gone.id);
    await repo.flush();
    expect(journalFromNotes(repo.all()).entries).toHaveLength(2);
    await importText(repo, text);
    const back = journalFromNotes(repo.all()).entries.find((e) => e.id === gone.id);
    expect(back).toMatchObject({ text: gone.text, cardRef: gone.cardRef, createdAt: gone.createdAt });
  });

  it('keeps the newer text when the backup holds an older version', async () => {
    const clock = manualClock();
    const repo = openTab(freshEnv(), { now: clock.now });
    await writeJournal(repo, clock);
    const text = exportText(repo, 10_000);
    const entry = journalFromNotes(repo.all()).entries[0]!;
    clock.set(30_000);
    repo.setText(entry.id, 'Skrevet om etterpå');
    await repo.flush();
    const result = await importText(repo, text);
    expect(result.ok && result.plan.records).toEqual([]);
    expect(repo.get(entry.id)?.text).toBe('Skrevet om etterpå');
  });

  it('refuses every bad file of the corpus with its expected code and changes nothing', async () => {
    const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, 'utf8')) as {
      cases: Record<
        string,
        { valid?: boolean; generated?: boolean; issues?: { path: string; code: string }[] }
      >;
    };
    const clock = manualClock();
    const repo = openTab(freshEnv(), { now: clock.now });
    await writeJournal(repo, clock);
    const before = repo.all();
    for (const [name, spec] of Object.entries(expected.cases)) {
      if (spec.valid || spec.generated) continue;
      const result = await importText(repo, fixture(name));
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(
          result.issues.map(({ path, code }) => ({ path, code })),
          name,
        ).toEqual(spec.issues?.map(({ path, code }) => ({ path, code })));
      }
      expect(repo.all(), name).toBe(before);
    }
  });

  it('reads the valid fixture into an empty journal', async () => {
    const repo = openTab(freshEnv());
    const result = await importText(repo, fixture('valid.json'));
    expect(result.ok && result.plan.entries.added).toBe(2);
    const journal = journalFromNotes(repo.all());
    expect(journal.entries.map((e) => e.round ?? null)).toEqual(['2026-vår', null]);
    expect(journal.assessments[0]?.ratings.samhandling).toEqual({ score: 1, note: 'Må bli bedre.' });
  });
});
