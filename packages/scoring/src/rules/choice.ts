import { toHundredths } from '../decimal.ts';
import type { RuleOf } from '../model/rules.ts';
import { invalid, type RuleContext, type RuleOutcome } from './outcome.ts';

export function scoreChoice(rule: RuleOf<'choice'>, value: unknown, _context: RuleContext): RuleOutcome {
  const option = rule.options.find((candidate) => candidate.value === value);
  if (!option)
    return invalid(`expected one of: ${rule.options.map((candidate) => candidate.value).join(', ')}`);
  return { points: toHundredths(option.points) };
}
