import type { LocalizedText } from '@chiso/scoring';
import { blank, copy, numberInputValue, numberOrText, numberText, textRawInput } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { CappedCountEditor } from './Editor.tsx';
import { CappedCountInput } from './Input.tsx';

export interface CappedCountDraft {
  item: LocalizedText;
  pointsPerItem: string;
}

export const cappedCount: RuleKindUi<'cappedCount', CappedCountDraft> = {
  Input: CappedCountInput,
  Editor: CappedCountEditor,
  toInputValue: numberInputValue,
  toRawInput: textRawInput,
  draft: {
    empty: () => ({ item: blank(), pointsPerItem: '' }),
    fromRule: (rule) => ({ item: copy(rule.item), pointsPerItem: numberText(rule.pointsPerItem) }),
    toRule: (fields) => ({
      kind: 'cappedCount',
      item: fields.item,
      pointsPerItem: numberOrText(fields.pointsPerItem),
    }),
    // A quarter of the maximum per item (at least 0.25), so four items reach it.
    starter: (_name, maxPoints) => ({
      item: { vi: 'mục', en: 'item' },
      pointsPerItem: String(Math.max(0.25, Math.round(maxPoints * 25) / 100)),
    }),
  },
};
