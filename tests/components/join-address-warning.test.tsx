// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JoinAddressWarning } from '../../src/components/join-address-warning.tsx';
import { initI18n } from '../../src/i18n/init.ts';

beforeAll(() => initI18n('nb'));
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('nb');
});

describe('JoinAddressWarning', () => {
  it('says a loopback address only works here, names it, and says what to do instead', () => {
    render(<JoinAddressWarning address="http://localhost:4173/" />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.address-warning-title')?.textContent).toBe(
      'Denne adressen virker bare på denne maskinen',
    );
    expect(alert.textContent).toContain('localhost:4173 peker alltid på den maskinen');
    expect(alert.textContent).toContain('kommunens offentlige HTTPS-adresse');
    expect(alert.textContent).toContain('avsnittet «Deploy» i README-filen');
  });

  it.each([
    ['http://0.0.0.0:4173/', 'Denne adressen kan ikke åpnes fra en telefon'],
    ['https://kursrom.local/', 'Telefonene finner kanskje ikke denne adressen'],
    ['http://192.168.1.20:4173/', 'Denne adressen er uten HTTPS'],
  ])('names the kind of problem of %s', (address, title) => {
    render(<JoinAddressWarning address={address} />);
    expect(screen.getByRole('alert').querySelector('.address-warning-title')?.textContent).toBe(title);
  });

  it('is a quiet note, not an alert, for a private address over HTTPS', () => {
    render(<JoinAddressWarning address="https://10.0.0.5/kortstokk/" />);
    expect(screen.queryByRole('alert')).toBeNull();
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('10.0.0.5 er en adresse i et lokalt nett');
    expect(note.textContent).not.toContain('README');
  });

  it('says nothing for a public HTTPS address', () => {
    const { container } = render(<JoinAddressWarning address="https://kortstokk.kommune.example/" />);
    expect(container.innerHTML).toBe('');
  });

  it('speaks nynorsk and English too', async () => {
    await i18next.changeLanguage('nn');
    const { rerender } = render(<JoinAddressWarning address="http://127.0.0.1:4173/" />);
    expect(screen.getByRole('alert').textContent).toContain('Denne adressa verkar berre på denne maskina');
    await i18next.changeLanguage('en');
    rerender(<JoinAddressWarning address="http://127.0.0.1:4173/" />);
    expect(screen.getByRole('alert').textContent).toContain('This address only works on this computer');
  });
});
