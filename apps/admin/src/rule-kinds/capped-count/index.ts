import type { LocalizedText } from '@chiso/scoring';
import { numberText } from '../../lib/numbers.ts';
import { blank, copy, numberInputValue, numberOrText, numberRawInput } from '../text.ts';
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
  toRawInput: numberRawInput,
  draft: {
    empty: () => ({ item: blank(), pointsPerItem: '' }),
    fromRule: (rule, locale) => ({
      item: copy(rule.item),
      pointsPerItem: numberText(rule.pointsPerItem, locale),
    }),
    toRule: (fields, locale) => ({
      kind: 'cappedCount',
      item: fields.item,
      pointsPerItem: numberOrText(fields.pointsPerItem, locale),
    }),
    // A quarter of the maximum per item (at least 0.25), so four items reach it.
    starter: (_name, maxPoints, locale) => ({
      item: { vi: 'mục', en: 'item' },
      pointsPerItem: numberText(Math.max(0.25, Math.round(maxPoints * 25) / 100), locale),
    }),
  },
};
