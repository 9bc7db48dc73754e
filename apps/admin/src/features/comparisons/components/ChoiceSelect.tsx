import type { ReactNode } from 'react';

export interface Option<T extends string> {
  value: T;
  label: ReactNode;
}

/** A labelled select of the workbench: its label wraps it, so it is named and keyboard-usable as is. */
export function ChoiceSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
  describedBy,
  className,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<Option<T>>;
  onChange: (value: T) => void;
  disabled?: boolean;
  describedBy?: string | undefined;
  className?: string;
}) {
  return (
    <label className={className}>
      {label}{' '}
      <select
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
