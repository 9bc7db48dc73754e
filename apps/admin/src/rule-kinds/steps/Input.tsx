import { useLocale } from '../../lib/locale.ts';
import { NumberInput } from '../NumberInput.tsx';
import type { InputProps } from '../types.ts';

export function StepsInput({ label, rule, ...props }: InputProps<'steps'>) {
  const locale = useLocale();
  return <NumberInput {...props} label={`${label}: ${rule.measure[locale]}`} unit="" />;
}
