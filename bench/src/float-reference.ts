import type { CriteriaSet, Inputs, Rule } from '@chiso/scoring';
import { walkSet } from '@chiso/scoring';

/**
 * The obvious implementation, kept only as the benchmark's reference: floating-point points
 * rounded with Math.round(x * 100) / 100 per criterion and summed as floats. It is what the
 * exact engine must not be much slower than — and it gets some values wrong.
 */
export function floatScore(set: CriteriaSet, inputs: Inputs, best: Readonly<Record<string, number>>) {
  let total = 0;
  const leaves: Record<string, number> = {};
  for (const { node } of walkSet(set)) {
    if (!('rule' in node) || !node.rule) continue;
    const points =
      Math.round(floatRule(node.rule, inputs[node.code], node.maxPoints, best[node.code]) * 100) / 100;
    leaves[node.code] = points;
    total += points;
  }
  return { total, leaves };
}

function floatRule(rule: Rule, value: unknown, max: number, best: number | undefined): number {
  switch (rule.kind) {
    case 'yesNo':
      return value === true ? max : 0;
    case 'ratio': {
      const { numerator, denominator } = (value ?? {}) as { numerator?: number; denominator?: number };
      if (!numerator || !denominator) return 0;
      return Math.min(numerator / denominator, 1) * max;
    }
    case 'share':
      return typeof value === 'number' ? (Math.min(value, 100) / 100) * max : 0;
    case 'steps': {
      const reached = rule.steps.filter((step) => typeof value === 'number' && value >= step.min);
      return Math.max(0, ...reached.map((step) => step.points));
    }
    case 'cappedCount':
      return typeof value === 'number' ? Math.min(value * rule.pointsPerItem, max) : 0;
    case 'choice':
      return rule.options.find((option) => option.value === value)?.points ?? 0;
    case 'bestInCohort':
      return typeof value === 'number' && best ? Math.min(value / best, 1) * max : 0;
    case 'manual':
      return typeof value === 'number' ? value : 0;
  }
}
