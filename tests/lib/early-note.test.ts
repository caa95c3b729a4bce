// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { offerEarlyNote, takeEarlyNote, withEarlyText } from '../../src/lib/early-note.ts';

describe('a note typed into the pre-painted hand', () => {
  const field = () => {
    const element = document.createElement('textarea');
    document.body.append(element);
    return element;
  };

  it('is taken once, with its card and whether the field had the focus', () => {
    expect(takeEarlyNote()).toBeNull();
    const element = field();
    offerEarlyNote('naervaer/a', element);
    element.value = 'Tidlig';
    expect(takeEarlyNote()).toEqual({ cardRef: 'naervaer/a', text: 'Tidlig', focused: false });
    expect(takeEarlyNote()).toBeNull();

    offerEarlyNote('naervaer/b', element);
    element.focus();
    element.value = 'Tidlig tanke';
    element.remove();
    expect(takeEarlyNote()).toEqual({ cardRef: 'naervaer/b', text: 'Tidlig tanke', focused: true });
  });

  it('is added to the stored note on a line of its own, never in its place', () => {
    expect(withEarlyText('', 'Ny')).toBe('Ny');
    expect(withEarlyText('Gammel', 'Ny')).toBe('Gammel\nNy');
    expect(withEarlyText('Gammel\n\n', 'Ny')).toBe('Gammel\nNy');
  });
});
