import { toHundredths } from '../decimal.ts';
import type { RuleOf } from '../model/rules.ts';
import { invalid, type RuleContext, type RuleOutcome } from './outcome.ts';

export function scoreSteps(rule: RuleOf<'steps'>, value: unknown, _context: RuleContext): RuleOutcome {
  if (typeof value !== 'number' || !Number.isFinite(value)) return invalid('expected a number');
  let best: number | undefined;
  let points = 0;
  for (const step of rule.steps) {
    if (value >= step.min && (best === undefined || step.min > best)) {
      best = step.min;
      points = toHundredths(step.points);
    }
  }
  return { points };
}
