import { toHundredths } from '../decimal.ts';
import { hasAtMostTwoDecimals } from '../model/points.ts';
import type { RuleOf } from '../model/rules.ts';
import { invalid, isAmount, type RuleContext, type RuleOutcome } from './outcome.ts';

export function scoreManual(_rule: RuleOf<'manual'>, value: unknown, { max }: RuleContext): RuleOutcome {
  if (!isAmount(value) || !hasAtMostTwoDecimals(value))
    return invalid('expected points ≥ 0 with at most two decimals');
  const points = toHundredths(value);
  if (points > max) return invalid(`expected at most ${max / 100} points`);
  return { points };
}
