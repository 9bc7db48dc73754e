import { reachesPercent, toHundredths } from './decimal.ts';
import type { LevelCondition, LevelRule } from './model/index.ts';
import type { ConditionOutcome, LevelOutcome, NodeResult } from './result.ts';

/**
 * The highest level of a category whose conditions all hold. None → not ranked, with the failing
 * conditions of the lowest level as the reason.
 */
export function evaluateLevels(levels: readonly LevelRule[], category: NodeResult): LevelOutcome {
  const groups = new Map(category.children.map((group) => [group.code, group]));
  const evaluated = levels.map((rule) => {
    const conditions = rule.conditions.map((condition) => evaluateCondition(condition, groups));
    return { rule, conditions, met: conditions.every((outcome) => outcome.met) };
  });
  let reached: (typeof evaluated)[number] | undefined;
  for (const candidate of evaluated) {
    if (candidate.met && (!reached || candidate.rule.level > reached.rule.level)) reached = candidate;
  }
  const failing = (entry: (typeof evaluated)[number]) => entry.conditions.filter((outcome) => !outcome.met);
  const above = evaluated.find((entry) => !entry.met && (!reached || entry.rule.level > reached.rule.level));
  const outcome: LevelOutcome = {
    level: reached?.rule.level ?? null,
    reasons: reached || !evaluated[0] ? [] : failing(evaluated[0]),
  };
  if (reached?.rule.name) outcome.name = reached.rule.name;
  if (above) outcome.next = { level: above.rule.level, failing: failing(above) };
  return outcome;
}

function evaluateCondition(
  condition: LevelCondition,
  groups: ReadonlyMap<string, NodeResult>,
): ConditionOutcome {
  const codes = condition.kind === 'combinedShare' ? condition.groups : [condition.group];
  let points = 0;
  let maxPoints = 0;
  for (const code of codes) {
    const group = groups.get(code);
    points += group?.points ?? 0;
    maxPoints += group?.maxPoints ?? 0;
  }
  const met =
    condition.kind === 'groupPoints'
      ? points >= toHundredths(condition.min)
      : reachesPercent(points, maxPoints, condition.minPercent);
  return { condition, met, points, maxPoints };
}
