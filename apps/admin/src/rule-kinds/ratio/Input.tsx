import { useLocale } from '../../lib/locale.ts';
import type { InputProps } from '../types.ts';

/** Numerator over denominator, each labelled by what it counts. */
export function RatioInput({ id, rule, value, onChange, disabled, described }: InputProps<'ratio'>) {
  const locale = useLocale();
  const ratio = typeof value === 'object' ? value : { numerator: '', denominator: '' };
  return (
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
}
