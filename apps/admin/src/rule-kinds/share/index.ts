import { type MeasureDraft, MeasureEditor } from '../MeasureEditor.tsx';
import { blank, copy, numberInputValue, textRawInput } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { ShareInput } from './Input.tsx';

export const share: RuleKindUi<'share', MeasureDraft> = {
  Input: ShareInput,
  Editor: MeasureEditor,
  toInputValue: numberInputValue,
  toRawInput: textRawInput,
  draft: {
    empty: () => ({ measure: blank() }),
    fromRule: (rule) => ({ measure: copy(rule.measure) }),
    toRule: (fields) => ({ kind: 'share', measure: fields.measure }),
    starter: (name) => ({ measure: copy(name) }),
  },
};
