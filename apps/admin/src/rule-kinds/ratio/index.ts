import type { LocalizedText } from '@chiso/scoring';
import { numberText, parseNumber } from '../../lib/numbers.ts';
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
  toInputValue(_rule, raw, locale) {
    if (typeof raw === 'string') return null;
    const numerator = parseNumber(raw.numerator, locale);
    const denominator = parseNumber(raw.denominator, locale);
    if (numerator === null && denominator === null) return null;
    // Half a ratio, or text: sent as typed so the scorer and the server say what is wrong with it.
    if (numerator === null || denominator === null || Number.isNaN(numerator) || Number.isNaN(denominator))
      return `${raw.numerator}/${raw.denominator}`;
    return { numerator, denominator };
  },
  toRawInput(_rule, value, locale) {
    const stored = value as { numerator?: unknown; denominator?: unknown } | null;
    const text = (part: unknown) =>
      part == null ? '' : typeof part === 'number' ? numberText(part, locale) : String(part);
    return { numerator: text(stored?.numerator), denominator: text(stored?.denominator) };
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
