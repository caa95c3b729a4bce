// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LiveNotesBar } from '../../../src/features/notes-wall/live-notes-bar.tsx';
import { initI18n } from '../../../src/i18n/init.ts';

beforeAll(async () => {
  await initI18n('nb');
});
afterEach(cleanup);

describe('LiveNotesBar', () => {
  it('says the room’s state and how many notes came live', () => {
    render(<LiveNotesBar status={{ state: 'connected' }} received={2} problem={null} />);
    expect(screen.getByRole('status').textContent).toBe('Direkte rom: Tilkoblet · 2 notater kom direkte.');
  });

  it('says an ended room has ended in the facilitator’s words, not the phones’', () => {
    render(
      <LiveNotesBar
        status={{ state: 'refused', reason: 'room-deleted' }}
        ended="deleted"
        received={0}
        problem={null}
      />,
    );
    const text = screen.getByRole('status').textContent;
    expect(text).toMatch(/^Direkte rom: avsluttet, rommet er slettet\./);
    expect(text).not.toMatch(/mobilen/);
  });
});
