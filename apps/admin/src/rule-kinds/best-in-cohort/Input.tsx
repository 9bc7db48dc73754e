import { useLocale } from '../../lib/locale.ts';
import { NumberInput } from '../NumberInput.tsx';
import type { InputProps } from '../types.ts';

export function BestInCohortInput({ label, rule, ...props }: InputProps<'bestInCohort'>) {
  const locale = useLocale();
  return <NumberInput {...props} label={`${label}: ${rule.measure[locale]}`} unit="" />;
}
