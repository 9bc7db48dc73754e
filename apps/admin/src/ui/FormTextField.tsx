import { type Control, type FieldPathByValue, type FieldValues, useController } from 'react-hook-form';
import { TextField } from './fields.tsx';

/** A `TextField` bound to one text field of a react-hook-form form. */
export function FormTextField<V extends FieldValues, Checked = V>({
  control,
  name,
  ...field
}: {
  /** Any form whose resolver turns V into its own checked values. */
  control: Control<V, unknown, Checked>;
  name: FieldPathByValue<V, string>;
} & Omit<Parameters<typeof TextField>[0], 'value' | 'onChange'>) {
  const { field: bound } = useController({ control, name });
  return <TextField {...field} value={bound.value} onChange={bound.onChange} />;
}
