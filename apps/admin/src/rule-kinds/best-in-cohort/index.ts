import { type MeasureDraft, MeasureEditor, measureDraft } from '../MeasureEditor.tsx';
import { numberInputValue, numberRawInput } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { BestInCohortInput } from './Input.tsx';

export const bestInCohort: RuleKindUi<'bestInCohort', MeasureDraft> = {
  Input: BestInCohortInput,
  Editor: MeasureEditor,
  toInputValue: numberInputValue,
  toRawInput: numberRawInput,
  draft: measureDraft('bestInCohort'),
};
