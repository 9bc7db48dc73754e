import { z } from 'zod';
import { mulDiv } from '../decimal.ts';
import { LocalizedText } from '../model/text.ts';
import { problem } from '../problems/index.ts';
import { defineRuleKind } from './kind.ts';
import { invalid, isAmount } from './outcome.ts';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** numerator ÷ denominator × max, capped at max: documents signed by the head ÷ all documents. */
export const ratio = defineRuleKind({
  kind: 'ratio',
  model: z
    .object({
      kind: z.literal('ratio'),
      numerator: LocalizedText,
      denominator: LocalizedText,
      /** What a denominator of 0 earns: nothing (default) or everything ("no documents, none unsigned"). */
      zeroDenominator: z.enum(['zero', 'full']).default('zero'),
    })
    .strict(),
  input: z.object({ numerator: z.number(), denominator: z.number() }).strict(),
  checkInput(_rule, value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('RATIO_EXPECTED');
    const { numerator, denominator, ...rest } = value as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) return problem('RATIO_UNEXPECTED_FIELD', { names: extra });
    if (!isNumber(numerator) || numerator < 0)
      return problem('RATIO_NUMERATOR_INVALID', undefined, 'numerator');
    if (!isNumber(denominator) || denominator < 0) {
      return problem('RATIO_DENOMINATOR_INVALID', undefined, 'denominator');
    }
    // The engine would cap it at the maximum; a person typing it has almost always swapped the two.
    if (numerator > denominator) {
      return problem('RATIO_NUMERATOR_ABOVE_DENOMINATOR', { numerator, denominator }, 'numerator');
    }
    return undefined;
  },
  evaluate(rule, value, { max }) {
    if (typeof value !== 'object' || value === null) return invalid(problem('RATIO_EXPECTED'));
    const { numerator, denominator } = value as Record<string, unknown>;
    if (!isAmount(numerator)) return invalid(problem('RATIO_NUMERATOR_INVALID', undefined, 'numerator'));
    if (!isAmount(denominator))
      return invalid(problem('RATIO_DENOMINATOR_INVALID', undefined, 'denominator'));
    if (denominator === 0) {
      return { points: rule.zeroDenominator === 'full' ? max : 0, finding: 'ZERO_DENOMINATOR' };
    }
    if (numerator > denominator) return { points: max, finding: 'CAPPED' };
    return { points: mulDiv(numerator, max, denominator) };
  },
  describe: (rule, locale) => `${rule.numerator[locale]} ÷ ${rule.denominator[locale]}`,
  sample(_rule, { level, random }) {
    const denominator = 20 + Math.floor(random() * 480);
    return { numerator: Math.round(denominator * level), denominator };
  },
});
