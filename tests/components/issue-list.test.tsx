// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IssueList } from '../../src/components/issue-list.tsx';
import { initI18n } from '../../src/i18n/init.ts';

beforeAll(() => initI18n('nb'));
afterEach(cleanup);

describe('IssueList', () => {
  it('lists every issue with its place and message, and renders hostile text as text', () => {
    const { container } = render(
      <IssueList
        kind="deck"
        issues={[
          { path: '', code: 'utf16' },
          {
            path: 'cards[0]["<img src=x onerror=alert(1)>"]',
            code: 'unknown-key',
            params: { key: '<script>x</script>' },
          },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Hele fila: Fila er lagret som UTF-16. Lagre den som UTF-8 og prøv igjen.',
      'cards[0]["<img src=x onerror=alert(1)>"]: Ukjent felt «<script>x</script>». Fjern det, eller rett skrivefeilen.',
    ]);
    expect(container.querySelector('img, script')).toBeNull();
    expect(items[1]?.querySelector('code')?.textContent).toBe('cards[0]["<img src=x onerror=alert(1)>"]');
  });

  it('names the kind of file it expected', () => {
    render(<IssueList kind="journal-backup" issues={[{ path: 'type', code: 'wrong-type-tag' }]} />);
    expect(screen.getByRole('listitem').textContent).toBe(
      'type: Dette er ikke en sikkerhetskopi av en refleksjonslogg.',
    );
  });
});
