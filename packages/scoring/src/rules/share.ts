import { mulDiv } from '../decimal.ts';
import type { RuleOf } from '../model/rules.ts';
import { invalid, isAmount, type RuleContext, type RuleOutcome } from './outcome.ts';

export function scoreShare(_rule: RuleOf<'share'>, value: unknown, { max }: RuleContext): RuleOutcome {
  if (!isAmount(value)) return invalid('expected a percentage from 0 to 100');
  if (value > 100) return { points: max, finding: 'CAPPED' };
  return { points: mulDiv(value, max, 100) };
}
