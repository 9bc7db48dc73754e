import { type Hundredths, toHundredths } from '../decimal.ts';
import type { RuleIssue } from './kind.ts';

/** Steps and options: each within the maximum, none repeated, and the maximum reachable. */
export function checkPointEntries<T extends { points: number }>(
  entries: readonly T[],
  key: (entry: T) => unknown,
  field: 'steps' | 'options',
  max: Hundredths,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const noun = field === 'steps' ? 'step' : 'option';
  const seen = new Set<unknown>();
  entries.forEach((entry, index) => {
    if (toHundredths(entry.points) > max) {
      issues.push({
        message: `${noun} gives ${entry.points} points, more than the maximum ${max / 100}`,
        field: `rule.${field}[${index}].points`,
      });
    }
    const name = key(entry);
    if (seen.has(name)) {
      const what = field === 'steps' ? `two steps start at ${name}` : `two options are "${name}"`;
      issues.push({ message: what, field: `rule.${field}[${index}].${field === 'steps' ? 'min' : 'value'}` });
    }
    seen.add(name);
  });
  if (max > 0 && !entries.some((entry) => toHundredths(entry.points) === max)) {
    issues.push({ message: `no ${noun} gives the maximum ${max / 100} points`, field: 'rule' });
  }
  return issues;
}
