import { type Hundredths, toHundredths } from '../decimal.ts';
import { problem } from '../problems/index.ts';
import type { RuleIssue } from './kind.ts';

/** Steps and options: each within the maximum, none repeated, and the maximum reachable. */
export function checkPointEntries<T extends { points: number }>(
  entries: readonly T[],
  key: (entry: T) => unknown,
  field: 'steps' | 'options',
  max: Hundredths,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const entry = field === 'steps' ? 'step' : 'option';
  const seen = new Set<unknown>();
  entries.forEach((item, index) => {
    if (toHundredths(item.points) > max) {
      issues.push(
        problem(
          'ENTRY_POINTS_ABOVE_MAX',
          { entry, points: item.points, max: max / 100 },
          `rule.${field}[${index}].points`,
        ),
      );
    }
    const name = key(item);
    if (seen.has(name)) {
      issues.push(
        field === 'steps'
          ? problem('STEPS_DUPLICATE_MIN', { min: Number(name) }, `rule.steps[${index}].min`)
          : problem('OPTIONS_DUPLICATE_VALUE', { value: String(name) }, `rule.options[${index}].value`),
      );
    }
    seen.add(name);
  });
  if (max > 0 && !entries.some((item) => toHundredths(item.points) === max)) {
    issues.push(problem('MAX_UNREACHABLE', { entry, max: max / 100 }, 'rule'));
  }
  return issues;
}
