import type { ReactNode } from 'react';

type NumberInputProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The message for a refused value, shown under the field. */
  error?: string | null;
  help?: string;
  children?: ReactNode;
};

/** A labelled whole-number field with its help and error text tied to it for assistive technology. */
export function NumberInput({ id, label, value, onChange, error, help, children }: NumberInputProps) {
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="workshop-field workshop-field-number">
      <label htmlFor={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      <div className="workshop-field-row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {children}
      </div>
      {error && (
        <p id={`${id}-error`} className="workshop-error">
          {error}
        </p>
      )}
    </div>
  );
}
