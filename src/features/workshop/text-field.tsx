import { useId, useState } from 'react';

type TextFieldProps = {
  label: string;
  value: string;
  /** Called with each valid value as it is typed; an invalid value is shown but not passed on. */
  onCommit: (value: string) => void;
  /** Why the text cannot be used, or null. */
  check: (value: string) => string | null;
  multiline?: boolean;
  help?: string;
  /** The language the shown text is in, when it differs from the page's. */
  lang?: string;
  className?: string;
  /** Take focus when mounted (after the text was replaced by a button next to the field). */
  autoFocus?: boolean;
};

/**
 * A text input that keeps what the user types and passes on only what can be saved, so a run-sheet
 * on disk is always valid; while the text cannot be used, it says why next to the field.
 */
export function TextField({
  label,
  value,
  onCommit,
  check,
  multiline = false,
  help,
  lang,
  className,
  autoFocus,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const error = check(draft);
  const describedBy =
    [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const props = {
    id,
    value: draft,
    lang,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => {
      const next = event.target.value;
      setDraft(next);
      if (check(next) === null) onCommit(next);
    },
  };
  return (
    <div className={className ? `workshop-field ${className}` : 'workshop-field'}>
      <label htmlFor={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {error && (
        <p id={`${id}-error`} className="workshop-error">
          {error}
        </p>
      )}
    </div>
  );
}
