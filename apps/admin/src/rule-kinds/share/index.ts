import { type MeasureDraft, MeasureEditor, measureDraft } from '../MeasureEditor.tsx';
import { numberInputValue, numberRawInput } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { ShareInput } from './Input.tsx';

export const share: RuleKindUi<'share', MeasureDraft> = {
  Input: ShareInput,
  Editor: MeasureEditor,
  toInputValue: numberInputValue,
  toRawInput: numberRawInput,
  draft: measureDraft('share'),
};
