import type { LocalizedText } from '@chiso/scoring';
import { parseNumber } from '../../lib/numbers.ts';
import { blank, copy } from '../text.ts';
import type { RuleKindUi } from '../types.ts';
import { RatioEditor } from './Editor.tsx';
import { RatioInput } from './Input.tsx';

export interface RatioDraft {
  numerator: LocalizedText;
  denominator: LocalizedText;
  zeroDenominator: 'zero' | 'full';
}

export const ratio: RuleKindUi<'ratio', RatioDraft> = {
  Input: RatioInput,
  Editor: RatioEditor,
  toInputValue(_rule, raw) {
    if (typeof raw === 'string') return null;
    const numerator = parseNumber(raw.numerator);
    const denominator = parseNumber(raw.denominator);
    if (numerator === null && denominator === null) return null;
    // Half a ratio, or text: sent as typed so the scorer and the server say what is wrong with it.
    if (numerator === null || denominator === null || Number.isNaN(numerator) || Number.isNaN(denominator))
      return `${raw.numerator}/${raw.denominator}`;
    return { numerator, denominator };
  },
  toRawInput(_rule, value) {
    const stored = value as { numerator?: unknown; denominator?: unknown } | null;
    return {
      numerator: stored?.numerator == null ? '' : String(stored.numerator),
      denominator: stored?.denominator == null ? '' : String(stored.denominator),
    };
  },
  draft: {
    empty: () => ({ numerator: blank(), denominator: blank(), zeroDenominator: 'zero' }),
    fromRule: (rule) => ({
      numerator: copy(rule.numerator),
      denominator: copy(rule.denominator),
      zeroDenominator: rule.zeroDenominator,
    }),
    toRule: (fields) => ({
      kind: 'ratio',
      numerator: fields.numerator,
      denominator: fields.denominator,
      zeroDenominator: fields.zeroDenominator,
    }),
    starter: (name) => ({ numerator: copy(name), denominator: { vi: 'tổng số', en: 'total' } }),
  },
};
