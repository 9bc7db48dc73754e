import { useLocale } from '../../lib/locale.ts';
import { NumberInput } from '../NumberInput.tsx';
import type { InputProps } from '../types.ts';

export function ShareInput({ label, rule, ...props }: InputProps<'share'>) {
  const locale = useLocale();
  return <NumberInput {...props} label={`${label}: ${rule.measure[locale]}`} unit="%" />;
}
