// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JournalField } from '../../../src/features/solo/journal-field.tsx';
import { initI18n } from '../../../src/i18n/init.ts';
import { getNotesRepository } from '../../../src/storage/notes-instance.ts';

beforeAll(() => initI18n('nb'));
afterEach(cleanup);

const journalNotes = () =>
  getNotesRepository()
    .all()
    .filter((n) => n.kind === 'journal' && n.cardRef === 'ledelse/x');

describe('JournalField', () => {
  it('creates the entry on the first keystroke and then only replaces its text', async () => {
    const repo = getNotesRepository();
    await repo.ready;
    const created: string[] = [];
    render(
      <JournalField
        label="Ditt svar"
        cardRef="ledelse/x"
        entryId={null}
        round="thread-1"
        onCreated={(id) => created.push(id)}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Ditt svar' });
    fireEvent.change(box, { target: { value: 'H' } });
    fireEvent.change(box, { target: { value: 'Hei' } });
    fireEvent.change(box, { target: { value: 'Hei du' } });
    expect(created).toHaveLength(1);
    expect(journalNotes()).toHaveLength(1);
    expect(journalNotes()[0]).toMatchObject({ id: created[0], text: 'Hei du', meta: { round: 'thread-1' } });
    await act(() => repo.flush());
    expect(screen.getByText('Lagret på enheten')).toBeTruthy();

    // Opened again (a reload), the field shows the stored text and edits the same entry.
    cleanup();
    render(<JournalField label="Ditt svar" cardRef="ledelse/x" entryId={created[0]!} />);
    const again = screen.getByRole('textbox', { name: 'Ditt svar' });
    expect((again as HTMLTextAreaElement).value).toBe('Hei du');
    fireEvent.change(again, { target: { value: 'Hei du, igjen' } });
    expect(journalNotes()).toHaveLength(1);
    expect(repo.get(created[0]!)?.text).toBe('Hei du, igjen');
    await act(() => repo.flush());
  });
});
