import type { LocalizedText } from '@chiso/scoring';
import { blank, copy, optionalText } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { YesNoEditor } from './Editor.tsx';
import { YesNoInput } from './Input.tsx';

export interface YesNoDraft {
  question: LocalizedText;
}

export const yesNo: RuleKindUi<'yesNo', YesNoDraft> = {
  Input: YesNoInput,
  Editor: YesNoEditor,
  toInputValue: (_rule, raw) => (raw === 'yes' ? true : raw === 'no' ? false : null),
  toRawInput: (_rule, value) => (value === true ? 'yes' : value === false ? 'no' : ''),
  draft: {
    empty: () => ({ question: blank() }),
    fromRule: (rule) => ({ question: rule.question ? copy(rule.question) : blank() }),
    toRule(fields) {
      const question = optionalText(fields.question);
      return question ? { kind: 'yesNo', question } : { kind: 'yesNo' };
    },
    starter: () => ({}),
  },
};
