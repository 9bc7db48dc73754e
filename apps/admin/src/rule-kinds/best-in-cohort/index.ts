import { type MeasureDraft, MeasureEditor } from '../MeasureEditor.tsx';
import { blank, copy, numberInputValue, textRawInput } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { BestInCohortInput } from './Input.tsx';

export const bestInCohort: RuleKindUi<'bestInCohort', MeasureDraft> = {
  Input: BestInCohortInput,
  Editor: MeasureEditor,
  toInputValue: numberInputValue,
  toRawInput: textRawInput,
  draft: {
    empty: () => ({ measure: blank() }),
    fromRule: (rule) => ({ measure: copy(rule.measure) }),
    toRule: (fields) => ({ kind: 'bestInCohort', measure: fields.measure }),
    starter: (name) => ({ measure: copy(name) }),
  },
};
