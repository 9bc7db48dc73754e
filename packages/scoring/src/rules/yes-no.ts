import type { RuleOf } from '../model/rules.ts';
import { invalid, type RuleContext, type RuleOutcome } from './outcome.ts';

export function scoreYesNo(_rule: RuleOf<'yesNo'>, value: unknown, { max }: RuleContext): RuleOutcome {
  if (typeof value !== 'boolean') return invalid('expected yes or no (true/false)');
  return { points: value ? max : 0 };
}
