import type { LocalizedText } from '@chiso/scoring';
import { blank, copy, numberInputValue, numberRawInput, optionalText } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { ManualEditor } from './Editor.tsx';
import { ManualInput } from './Input.tsx';

export interface ManualDraft {
  guidance: LocalizedText;
}

export const manual: RuleKindUi<'manual', ManualDraft> = {
  Input: ManualInput,
  Editor: ManualEditor,
  toInputValue: numberInputValue,
  toRawInput: numberRawInput,
  draft: {
    empty: () => ({ guidance: blank() }),
    fromRule: (rule) => ({ guidance: rule.guidance ? copy(rule.guidance) : blank() }),
    toRule(fields) {
      const guidance = optionalText(fields.guidance);
      return guidance ? { kind: 'manual', guidance } : { kind: 'manual' };
    },
    starter: () => ({}),
  },
};
