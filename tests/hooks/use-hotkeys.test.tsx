// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shouldHandleKey, useHotkeys, type HotkeyMap } from '../../src/hooks/use-hotkeys.ts';

afterEach(cleanup);

describe('shouldHandleKey (pure)', () => {
  const el = (tagName: string, extra: object = {}) => ({ tagName, closest: () => null, ...extra });

  it('takes presenter keys on the page body', () => {
    for (const key of ['PageDown', 'PageUp', 'ArrowRight', ' ', 'b', 'B', '.', 'Escape']) {
      expect(shouldHandleKey({ key, target: el('BODY') }), key).toBe(true);
    }
  });

  it('never takes keys while the user types', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
      expect(shouldHandleKey({ key: 'b', target: el(tag) }), tag).toBe(false);
    }
    expect(shouldHandleKey({ key: 'b', target: el('DIV', { isContentEditable: true }) })).toBe(false);
    expect(shouldHandleKey({ key: 'PageDown', target: el('BODY') }, el('TEXTAREA'))).toBe(false);
  });

  it('leaves modified keys, repeats and IME composition to the browser', () => {
    const body = el('BODY');
    expect(shouldHandleKey({ key: 'b', ctrlKey: true, target: body })).toBe(false);
    expect(shouldHandleKey({ key: 'f', metaKey: true, target: body })).toBe(false);
    expect(shouldHandleKey({ key: 'ArrowLeft', altKey: true, target: body })).toBe(false);
    expect(shouldHandleKey({ key: ' ', repeat: true, target: body })).toBe(false);
    expect(shouldHandleKey({ key: 'b', isComposing: true, target: body })).toBe(false);
  });

  it('leaves Space to a focused button or link, but takes PageDown there', () => {
    const button = el('BUTTON', { closest: (s: string) => (s.includes('button') ? {} : null) });
    expect(shouldHandleKey({ key: ' ', target: button })).toBe(false);
    expect(shouldHandleKey({ key: 'PageDown', target: button })).toBe(true);
  });
});

function Harness({ map, enabled }: { map: HotkeyMap; enabled?: boolean }) {
  useHotkeys(map, { enabled });
  return (
    <div>
      <input aria-label="field" />
      <textarea aria-label="notes" />
      <div contentEditable suppressContentEditableWarning data-testid="editable">
        <span data-testid="inside">text</span>
      </div>
      <button type="button">a button</button>
      <a href="#/x">a link</a>
    </div>
  );
}

const setup = (enabled?: boolean) => {
  const next = vi.fn();
  const toggle = vi.fn();
  const blank = vi.fn();
  const view = render(
    <Harness map={{ PageDown: next, ' ': toggle, b: blank, B: blank }} enabled={enabled} />,
  );
  return { next, toggle, blank, view };
};

describe('useHotkeys', () => {
  it('handles PageDown, Space and B on the page, preventing their default', () => {
    const { next, toggle, blank } = setup();
    expect(fireEvent.keyDown(document.body, { key: 'PageDown' })).toBe(false);
    expect(fireEvent.keyDown(document.body, { key: ' ' })).toBe(false);
    fireEvent.keyDown(document.body, { key: 'B', shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'b' });
    expect(next).toHaveBeenCalledTimes(1);
    expect(toggle).toHaveBeenCalledTimes(1);
    expect(blank).toHaveBeenCalledTimes(2);
  });

  it('ignores keys typed into inputs, textareas and editable text', () => {
    const { next, blank, view } = setup();
    const targets = [
      view.getByLabelText('field'),
      view.getByLabelText('notes'),
      view.getByTestId('editable'),
      view.getByTestId('inside'),
    ];
    for (const target of targets) {
      expect(fireEvent.keyDown(target, { key: 'b' })).toBe(true);
      expect(fireEvent.keyDown(target, { key: 'PageDown' })).toBe(true);
    }
    expect(blank).not.toHaveBeenCalled();
    expect(next).not.toHaveBeenCalled();
  });

  it('ignores keys while an input has focus even when the event comes from elsewhere', () => {
    const { next, view } = setup();
    view.getByLabelText('field').focus();
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(next).not.toHaveBeenCalled();
  });

  it('ignores keys with Ctrl, Meta or Alt, and does not prevent them', () => {
    const { next, blank } = setup();
    expect(fireEvent.keyDown(document.body, { key: 'PageDown', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(document.body, { key: 'b', metaKey: true })).toBe(true);
    expect(fireEvent.keyDown(document.body, { key: 'b', altKey: true })).toBe(true);
    expect(next).not.toHaveBeenCalled();
    expect(blank).not.toHaveBeenCalled();
  });

  it('lets Space activate a focused button or link natively', () => {
    const { toggle, view } = setup();
    for (const target of [view.getByRole('button'), view.getByRole('link')]) {
      target.focus();
      expect(fireEvent.keyDown(target, { key: ' ' })).toBe(true);
    }
    expect(toggle).not.toHaveBeenCalled();
  });

  it('prevents nothing for keys it has no handler for', () => {
    setup();
    expect(fireEvent.keyDown(document.body, { key: 'ArrowRight' })).toBe(true);
    expect(fireEvent.keyDown(document.body, { key: 'constructor' })).toBe(true);
  });

  it('does nothing while disabled', () => {
    const { next } = setup(false);
    expect(fireEvent.keyDown(document.body, { key: 'PageDown' })).toBe(true);
    expect(next).not.toHaveBeenCalled();
  });
});
