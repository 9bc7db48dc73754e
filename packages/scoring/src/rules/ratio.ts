import { mulDiv } from '../decimal.ts';
import type { RuleOf } from '../model/rules.ts';
import { invalid, isAmount, type RuleContext, type RuleOutcome } from './outcome.ts';

export function scoreRatio(rule: RuleOf<'ratio'>, value: unknown, { max }: RuleContext): RuleOutcome {
  if (typeof value !== 'object' || value === null) return invalid('expected { numerator, denominator }');
  const { numerator, denominator } = value as Record<string, unknown>;
  if (!isAmount(numerator) || !isAmount(denominator)) {
    return invalid('numerator and denominator must be numbers ≥ 0');
  }
  if (denominator === 0) {
    return { points: rule.zeroDenominator === 'full' ? max : 0, finding: 'ZERO_DENOMINATOR' };
  }
  if (numerator > denominator) return { points: max, finding: 'CAPPED' };
  return { points: mulDiv(numerator, max, denominator) };
}
