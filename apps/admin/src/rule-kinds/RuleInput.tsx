import type { Rule, RuleKind, RuleOf } from '@chiso/scoring';
import { ruleKindUi } from './registry.ts';
import type { RawInput } from './types.ts';

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

/** The input a unit fills in for one scored node: its kind's control, then any error under it. */
export function RuleInput({ id, label, rule, value, onChange, disabled = false, error }: Props) {
  const errorId = `${id}-error`;
  const described = error ? ({ 'aria-describedby': errorId, 'aria-invalid': true } as const) : {};
  return (
    <div className="rule-field">
      <KindInput
        id={id}
        label={label}
        rule={rule}
        value={value}
        onChange={onChange}
        disabled={disabled}
        described={described}
      />
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function KindInput<K extends RuleKind>(
  props: Omit<Props, 'rule' | 'error'> & {
    rule: RuleOf<K>;
    disabled: boolean;
    described: { 'aria-describedby'?: string; 'aria-invalid'?: true };
  },
) {
  const { Input } = ruleKindUi<K>(props.rule.kind as K);
  return <Input {...props} />;
}
