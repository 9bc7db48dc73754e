import type { MeasureDraft } from '../MeasureEditor.tsx';
import { blank, copy, numberInputValue, numberOrText, numberText, textRawInput } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { StepsEditor } from './Editor.tsx';
import { StepsInput } from './Input.tsx';

export interface StepsDraft extends MeasureDraft {
  steps: Array<{ min: string; points: string }>;
}

export const steps: RuleKindUi<'steps', StepsDraft> = {
  Input: StepsInput,
  Editor: StepsEditor,
  toInputValue: numberInputValue,
  toRawInput: textRawInput,
  draft: {
    empty: () => ({ measure: blank(), steps: [{ min: '', points: '' }] }),
    fromRule: (rule) => ({
      measure: copy(rule.measure),
      steps: rule.steps.map((step) => ({ min: numberText(step.min), points: numberText(step.points) })),
    }),
    toRule: (fields) => ({
      kind: 'steps',
      measure: fields.measure,
      steps: fields.steps.map((step) => ({ min: numberOrText(step.min), points: numberOrText(step.points) })),
    }),
    starter: (name, maxPoints) => ({ measure: copy(name), steps: [{ min: '1', points: String(maxPoints) }] }),
  },
};
