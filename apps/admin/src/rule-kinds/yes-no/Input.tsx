import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/locale.ts';
import type { InputProps } from '../types.ts';

/** Yes, no, or not entered yet; named by the rule's question when it has one. */
export function YesNoInput({ id, label, rule, value, onChange, disabled, described }: InputProps<'yesNo'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <select
      id={id}
      aria-label={rule.question?.[locale] ?? label}
      value={typeof value === 'string' ? value : ''}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      {...described}
    >
      <option value="">{t('input.notEntered')}</option>
      <option value="yes">{t('input.yes')}</option>
      <option value="no">{t('input.no')}</option>
    </select>
  );
}
