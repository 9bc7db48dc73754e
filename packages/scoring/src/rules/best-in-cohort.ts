import { mulDiv } from '../decimal.ts';
import type { RuleOf } from '../model/rules.ts';
import { invalid, isAmount, type RuleContext, type RuleOutcome } from './outcome.ts';

export function scoreBestInCohort(
  _rule: RuleOf<'bestInCohort'>,
  value: unknown,
  { max, best }: RuleContext,
): RuleOutcome {
  if (!isAmount(value)) return invalid('expected a number ≥ 0');
  if (best === undefined) return { points: value > 0 ? max : 0, finding: 'COHORT_BEST_UNKNOWN' };
  if (best === 0) return { points: 0 };
  if (value > best) return { points: max, finding: 'CAPPED' };
  return { points: mulDiv(value, max, best) };
}
