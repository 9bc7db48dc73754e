import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/locale.ts';
import { NumberInput } from '../NumberInput.tsx';
import type { InputProps } from '../types.ts';

export function ManualInput({ label, rule, ...props }: InputProps<'manual'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hint = rule.guidance?.[locale] ?? t('input.manualPoints');
  return <NumberInput {...props} label={`${label}: ${hint}`} unit={t('input.points')} />;
}
