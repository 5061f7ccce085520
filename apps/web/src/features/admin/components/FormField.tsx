import type { ReactNode } from 'react';

export type FieldA11y = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type FormFieldProps = {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: (a11y: FieldA11y) => ReactNode;
};

// A labelled control with its hint and error tied to it, so a screen reader reads all three.
export const FormField = ({ id, label, required, hint, error, children }: FormFieldProps) => {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="adm-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={hintId} className="adm-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="adm-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
};
