import type { LocalizedText } from '@chiso/scoring';
import { numberText } from '../../lib/numbers.ts';
import { blank, copy, numberOrText, textRawInput } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { ChoiceEditor } from './Editor.tsx';
import { ChoiceInput } from './Input.tsx';

export interface ChoiceDraft {
  options: Array<{ value: string; label: LocalizedText; points: string }>;
}

export const choice: RuleKindUi<'choice', ChoiceDraft> = {
  Input: ChoiceInput,
  Editor: ChoiceEditor,
  toInputValue: (_rule, raw) => (typeof raw !== 'string' || raw === '' ? null : raw),
  toRawInput: textRawInput,
  draft: {
    empty: () => ({
      options: [
        { value: 'head', label: blank(), points: '' },
        { value: 'deputy', label: blank(), points: '' },
      ],
    }),
    fromRule: (rule, locale) => ({
      options: rule.options.map((option) => ({
        value: option.value,
        label: copy(option.label),
        points: numberText(option.points, locale),
      })),
    }),
    toRule: (fields, locale) => ({
      kind: 'choice',
      options: fields.options.map((option) => ({
        value: option.value,
        label: option.label,
        points: numberOrText(option.points, locale),
      })),
    }),
    // Chaired by the head = full points, by a deputy = half (the ministry's method).
    starter: (_name, maxPoints, locale) => ({
      options: [
        {
          value: 'head',
          label: { vi: 'Người đứng đầu', en: 'The head' },
          points: numberText(maxPoints, locale),
        },
        {
          value: 'deputy',
          label: { vi: 'Cấp phó', en: 'A deputy' },
          points: numberText(Math.round(maxPoints * 50) / 100, locale),
        },
      ],
    }),
  },
};
