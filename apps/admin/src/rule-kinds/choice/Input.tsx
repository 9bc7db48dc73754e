import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/locale.ts';
import type { InputProps } from '../types.ts';

/** One of the rule's answers, or not entered yet. */
export function ChoiceInput({ id, label, rule, value, onChange, disabled, described }: InputProps<'choice'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <select
      id={id}
      aria-label={label}
      value={typeof value === 'string' ? value : ''}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      {...described}
    >
      <option value="">{t('input.notEntered')}</option>
      {rule.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label[locale]}
        </option>
      ))}
    </select>
  );
}
