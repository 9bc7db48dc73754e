import type { Rule } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../lib/locale.ts';
import type { RawInput } from '../lib/scoring.ts';

interface Props {
  /** Unique id prefix; the visible label points at it. */
  id: string;
  /** What the control is about (the criterion's name), for its accessible label. */
  label: string;
  rule: Rule;
  value: RawInput | undefined;
  onChange: (value: RawInput) => void;
  disabled?: boolean;
  /** A message (the server's, or the scorer's) shown under the control. */
  error?: string | undefined;
}

/** The input a unit fills in for one scored node, typed by the node's rule kind. */
export function RuleInput({ id, label, rule, value, onChange, disabled = false, error }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorId = `${id}-error`;
  const described = error ? { 'aria-describedby': errorId, 'aria-invalid': true } : {};
  const text = typeof value === 'string' ? value : '';
  const numberInput = (unit: string, hint: string) => (
    <span className="rule-input">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        aria-label={`${label}: ${hint}`}
        value={text}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        {...described}
      />
      {unit && <span className="unit">{unit}</span>}
    </span>
  );

  let control: React.ReactNode;
  switch (rule.kind) {
    case 'yesNo':
      control = (
        <select
          id={id}
          aria-label={rule.question?.[locale] ?? label}
          value={text}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          {...described}
        >
          <option value="">{t('input.notEntered')}</option>
          <option value="yes">{t('input.yes')}</option>
          <option value="no">{t('input.no')}</option>
        </select>
      );
      break;
    case 'choice':
      control = (
        <select
          id={id}
          aria-label={label}
          value={text}
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
      break;
    case 'ratio': {
      const ratio = typeof value === 'object' ? value : { numerator: '', denominator: '' };
      control = (
        <span className="rule-input ratio">
          <label className="ratio-part">
            <span className="small">{rule.numerator[locale]}</span>
            <input
              id={id}
              type="text"
              inputMode="decimal"
              value={ratio.numerator}
              disabled={disabled}
              onChange={(event) => onChange({ ...ratio, numerator: event.target.value })}
              {...described}
            />
          </label>
          <span aria-hidden="true">/</span>
          <label className="ratio-part">
            <span className="small">{rule.denominator[locale]}</span>
            <input
              id={`${id}-denominator`}
              type="text"
              inputMode="decimal"
              value={ratio.denominator}
              disabled={disabled}
              onChange={(event) => onChange({ ...ratio, denominator: event.target.value })}
              {...described}
            />
          </label>
        </span>
      );
      break;
    }
    case 'share':
      control = numberInput('%', rule.measure[locale]);
      break;
    case 'steps':
    case 'bestInCohort':
      control = numberInput('', rule.measure[locale]);
      break;
    case 'cappedCount':
      control = numberInput(rule.item[locale], t('input.count'));
      break;
    case 'manual':
      control = numberInput(t('input.points'), rule.guidance?.[locale] ?? t('input.manualPoints'));
      break;
  }
  return (
    <div className="rule-field">
      {control}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
