import { numberText } from '../../lib/numbers.ts';
import type { MeasureDraft } from '../MeasureEditor.tsx';
import { blank, copy, numberInputValue, numberOrText, numberRawInput } from '../text.ts';
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
  toRawInput: numberRawInput,
  draft: {
    empty: () => ({ measure: blank(), steps: [{ min: '', points: '' }] }),
    fromRule: (rule, locale) => ({
      measure: copy(rule.measure),
      steps: rule.steps.map((step) => ({
        min: numberText(step.min, locale),
        points: numberText(step.points, locale),
      })),
    }),
    toRule: (fields, locale) => ({
      kind: 'steps',
      measure: fields.measure,
      steps: fields.steps.map((step) => ({
        min: numberOrText(step.min, locale),
        points: numberOrText(step.points, locale),
      })),
    }),
    starter: (name, maxPoints, locale) => ({
      measure: copy(name),
      steps: [{ min: '1', points: numberText(maxPoints, locale) }],
    }),
  },
};
