import { useRef } from 'react';

type FilePickerButtonProps = {
  /** The button's text, also the name of the hidden file input. */
  label: string;
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  multiple?: boolean;
  className?: string;
  accept?: string;
};

/**
 * A button that opens the system file picker (keyboard and touch reach it like any button) over a
 * hidden file input. The input is cleared after each choice, so choosing the same file again (after
 * fixing it) fires again.
 */
export function FilePickerButton({
  label,
  onFiles,
  disabled = false,
  multiple = false,
  className = 'button',
  accept = '.json,application/json',
}: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        aria-label={label}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
