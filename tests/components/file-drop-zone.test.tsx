// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileDropZone } from '../../src/components/file-drop-zone.tsx';

afterEach(cleanup);

const file = (name: string) => new File(['{}'], name, { type: 'application/json' });
const transfer = (files: File[]) => ({ types: ['Files'], files, dropEffect: 'none' });

const zone = (props: { multiple?: boolean; busy?: boolean } = {}) => {
  const onFiles = vi.fn();
  render(
    <FileDropZone
      prompt="Slipp fila her"
      chooseLabel="Velg fil"
      onFiles={onFiles}
      busy={props.busy ?? false}
      multiple={props.multiple ?? false}
      testId="zone"
    />,
  );
  return onFiles;
};

describe('FileDropZone', () => {
  it('takes only the first dropped file unless it takes many, and marks the zone while dragging', () => {
    const single = zone();
    const target = screen.getByTestId('zone');
    fireEvent.dragEnter(target, { dataTransfer: transfer([]) });
    expect(target.className).toBe('drop-zone drop-zone-over');
    fireEvent.drop(target, { dataTransfer: transfer([file('a.json'), file('b.json')]) });
    expect(target.className).toBe('drop-zone');
    expect(single.mock.calls.map(([files]) => (files as File[]).map((f) => f.name))).toEqual([['a.json']]);
    cleanup();

    const many = zone({ multiple: true });
    fireEvent.drop(screen.getByTestId('zone'), { dataTransfer: transfer([file('a.json'), file('b.json')]) });
    expect(many.mock.calls.map(([files]) => (files as File[]).map((f) => f.name))).toEqual([
      ['a.json', 'b.json'],
    ]);
  });

  it('ignores a drag that carries no files and a drop with nothing in it', () => {
    const onFiles = zone();
    const target = screen.getByTestId('zone');
    fireEvent.dragEnter(target, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(target.className).toBe('drop-zone');
    fireEvent.drop(target, { dataTransfer: transfer([]) });
    expect(onFiles).not.toHaveBeenCalled();
  });

  it('opens the picker from a named button, and a chosen file can be chosen again', () => {
    const onFiles = zone();
    const input = screen.getByLabelText<HTMLInputElement>('Velg fil');
    const click = vi.spyOn(input, 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Velg fil' }));
    expect(click).toHaveBeenCalledOnce();
    fireEvent.change(input, { target: { files: [file('a.json')] } });
    expect(onFiles).toHaveBeenCalledOnce();
    expect(input.value).toBe('');
  });

  it('disables the button while busy', () => {
    zone({ busy: true });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Velg fil' }).disabled).toBe(true);
  });
});
