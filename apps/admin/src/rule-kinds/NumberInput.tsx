import type { InputProps } from './types.ts';

type Props = Omit<InputProps<never>, 'rule' | 'label'> & {
  /** The accessible name: "<criterion>: <what is measured>". */
  label: string;
  /** Shown after the box: "%", the counted item, "điểm". */
  unit: string;
};

/** A number typed as text ("72,5" stays as typed), the input most kinds use. */
export function NumberInput({ id, label, unit, value, onChange, disabled, described }: Props) {
  return (
    <span className="rule-input">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        aria-label={label}
        value={typeof value === 'string' ? value : ''}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        {...described}
      />
      {unit && <span className="unit">{unit}</span>}
    </span>
  );
}
