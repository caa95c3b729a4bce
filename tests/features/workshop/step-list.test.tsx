// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VERKSTED_LEDELSE } from '../../../src/domain/workshop/template-verksted-ledelse.ts';
import type { RunSheet } from '../../../src/domain/workshop/run-sheet-types.ts';
import { StepList } from '../../../src/features/workshop/step-list.tsx';
import { initI18n } from '../../../src/i18n/init.ts';

beforeAll(() => initI18n('nb'));
afterEach(cleanup);

let current: RunSheet = VERKSTED_LEDELSE;

/** The step list with its sheet held in state, as the editor holds it. */
function Harness() {
  const [sheet, setSheet] = useState<RunSheet>(VERKSTED_LEDELSE);
  useEffect(() => {
    current = sheet;
  }, [sheet]);
  return (
    <>
      <h2 id="steps-heading" tabIndex={-1}>
        Steg
      </h2>
      <StepList sheet={sheet} decks={[]} apply={(change) => setSheet((s) => change(s))} />
    </>
  );
}

const items = () => Array.from(document.querySelectorAll<HTMLLIElement>('ol.steps > li'));
const formats = () => current.steps.map((s) => s.format);
const status = () => screen.getByRole('status').textContent?.replace('\u200b', '');

describe('StepList', () => {
  it('moves a step with the move buttons, keeps focus with it, and says where it went', () => {
    render(<Harness />);
    const up = within(items()[1]!).getByRole('button', { name: 'Flytt opp' });
    up.focus();
    act(() => fireEvent.click(up));
    expect(formats().slice(0, 2)).toEqual(['silent', 'speed-date']);
    expect(status()).toBe('Stille stund er flyttet til plass 1 av 5.');
    // At the top «Flytt opp» is disabled: its partner in the same step takes focus.
    expect(document.activeElement).toBe(within(items()[0]!).getByRole('button', { name: 'Flytt ned' }));
  });

  it('moves a step with Alt+arrows, but not while typing in one of its fields', () => {
    render(<Harness />);
    const duplicate = within(items()[0]!).getByRole('button', { name: 'Lag en kopi av steget' });
    duplicate.focus();
    act(() => fireEvent.keyDown(duplicate, { key: 'ArrowDown', altKey: true }));
    expect(formats().slice(0, 2)).toEqual(['silent', 'speed-date']);
    expect(document.activeElement).toBe(duplicate);
    const textarea = within(items()[1]!).getByLabelText('Instruksjoner til salen');
    act(() => fireEvent.keyDown(textarea, { key: 'ArrowUp', altKey: true }));
    expect(formats().slice(0, 2)).toEqual(['silent', 'speed-date']);
    const handle = within(items()[4]!).getByRole('button', { name: /^Dra for å flytte steg 5/ });
    act(() => fireEvent.keyDown(handle, { key: 'ArrowUp' }));
    expect(formats()).toEqual(['silent', 'speed-date', 'pair-talk', 'plenary', 'group-work']);
    expect(status()).toBe('Plenum er flyttet til plass 4 av 5.');
  });

  it('copies a step after itself and deletes a step after asking', () => {
    render(<Harness />);
    act(() => fireEvent.click(within(items()[1]!).getByRole('button', { name: 'Lag en kopi av steget' })));
    expect(formats()).toEqual(['speed-date', 'silent', 'silent', 'pair-talk', 'group-work', 'plenary']);
    expect(new Set(current.steps.map((s) => s.id)).size).toBe(6);
    expect(status()).toBe('Steg 3 er en kopi av steg 2.');
    expect(document.activeElement?.textContent).toBe('Steg 3: Stille stund');
    act(() => fireEvent.click(within(items()[2]!).getByRole('button', { name: 'Slett steget' })));
    expect(current.steps).toHaveLength(6);
    act(() => fireEvent.click(within(items()[2]!).getByRole('button', { name: 'Ja, slett steget' })));
    expect(formats()).toEqual(['speed-date', 'silent', 'pair-talk', 'group-work', 'plenary']);
    expect(document.activeElement?.id).toBe('steps-heading');
  });

  it('keeps an instruction that cannot be saved on screen, unsaved, and says why', () => {
    render(<Harness />);
    const textarea = within(items()[2]!).getByLabelText('Instruksjoner til salen');
    act(() => fireEvent.change(textarea, { target: { value: 'To momenter.' } }));
    expect(current.steps[2]!.instructions.nb).toBe('To momenter.');
    act(() => fireEvent.change(textarea, { target: { value: '   ' } }));
    expect(current.steps[2]!.instructions.nb).toBe('To momenter.');
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(within(items()[2]!).getByText('Skriv instruksjoner, eller bruk standardteksten.')).toBeTruthy();
  });
});
