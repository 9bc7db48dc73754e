import { toHundredths } from '../decimal.ts';
import type { RuleOf } from '../model/rules.ts';
import { invalid, type RuleContext, type RuleOutcome } from './outcome.ts';

export function scoreCappedCount(
  rule: RuleOf<'cappedCount'>,
  value: unknown,
  { max }: RuleContext,
): RuleOutcome {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    return invalid('expected a whole number ≥ 0');
  }
  return { points: Math.min(value * toHundredths(rule.pointsPerItem), max) };
}
