import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/locale.ts';
import { NumberInput } from '../NumberInput.tsx';
import type { InputProps } from '../types.ts';

/** How many, with the counted item shown after the box. */
export function CappedCountInput({ label, rule, ...props }: InputProps<'cappedCount'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  return <NumberInput {...props} label={`${label}: ${t('input.count')}`} unit={rule.item[locale]} />;
}
