import { type ComponentProps, useState } from 'react';
import { type Control, type FieldPathByValue, type FieldValues, useController } from 'react-hook-form';
import { dayValue, formatDay } from '../lib/dates.ts';

type DateInputProps = {
  /** The ISO day ("2023-02-01"), "" for none, or text that is no day yet. */
  value: string;
  /** Called with what `dayValue` reads from the text: an ISO day, "", or the text itself. */
  onChange: (value: string) => void;
} & Omit<ComponentProps<'input'>, 'value' | 'onChange' | 'type'>;

/**
 * A day typed and shown as dd/mm/yyyy whatever the browser's locale — a text input, because
 * `<input type="date">` follows the browser and showed mm/dd/yyyy beside our dd/mm/yyyy.
 */
export function DateInput({ value, onChange, onBlur, ...input }: DateInputProps) {
  // The text as typed, kept while it still reads as the value it gave ("1/2/2023" stays "1/2/2023");
  // a value set from outside (a reset, a saved day) is shown formatted.
  const [draft, setDraft] = useState({ text: formatDay(value), value });
  const text = draft.value === value ? draft.text : formatDay(value);
  return (
    <input
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      {...input}
      type="text"
      inputMode="numeric"
      value={text}
      onChange={(event) => {
        const next = dayValue(event.target.value);
        setDraft({ text: event.target.value, value: next });
        onChange(next);
      }}
      onBlur={(event) => {
        setDraft({ text: formatDay(value), value });
        onBlur?.(event);
      }}
    />
  );
}

/** A `DateInput` bound to one day field of a react-hook-form form (check it with `dayText`). */
export function FormDateInput<V extends FieldValues, Checked = V>({
  control,
  name,
  ...input
}: {
  /** Any form whose resolver turns V into its own checked values. */
  control: Control<V, unknown, Checked>;
  name: FieldPathByValue<V, string>;
} & Omit<DateInputProps, 'value' | 'onChange' | 'name'>) {
  const { field } = useController({ control, name });
  return (
    <DateInput
      {...input}
      ref={field.ref}
      name={field.name}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
    />
  );
}
