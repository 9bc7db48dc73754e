import { compileSet } from '../compile.ts';
import { reachesPercent, toHundredths } from '../decimal.ts';
import type { CriteriaSet, LevelCondition } from '../model/index.ts';
import type { LocalizedText } from '../model/text.ts';
import type { NodeResult, UnitResult } from '../result.ts';
import { effortOf, type NextLevelOptions } from './path.ts';

/** A criterion that, raised to its maximum on its own, lifts units of a cohort a level. */
export interface LiftingCriterion {
  code: string;
  path: string;
  number?: number;
  name: LocalizedText;
  category: string;
  /** The units it lifts to their next level in `category`, in the order given. */
  units: string[];
  /**
   * Σ over those units of the points it lacks × its effort (hundredths of points × hundredths of
   * weight, as `NextLevelPath.cost`): what lifting them all would cost.
   */
  cost: number;
}

/**
 * For a cohort, the criteria whose improvement alone would lift the most units a level ("tiêu chí
 * 14 would lift 23 communes to Mức 2"): for each unit below the top in a category, each criterion
 * is raised to its maximum and the next level's conditions re-checked on the group totals, exactly
 * as the engine sums them. Most units first; among equal counts the one costing least effort (the
 * Sở's weights, default 1 a point), then by path.
 */
export function liftingCriteria(
  set: CriteriaSet,
  members: ReadonlyArray<{ id: string; result: UnitResult }>,
  limit = 10,
  options: Pick<NextLevelOptions, 'effort'> = {},
): LiftingCriterion[] {
  const compiled = compileSet(set);
  const found = new Map<string, LiftingCriterion>();
  for (const { id, result } of members) {
    for (const category of result.categories) {
      const root = compiled.roots.find((node) => node.code === category.code);
      const next = category.level?.next;
      const rule = next && root?.levels?.find((candidate) => candidate.level === next.level);
      if (!root || !rule) continue;
      const groupPoints = new Map(category.children.map((group) => [group.code, group.points]));
      const groupMax = new Map(category.children.map((group) => [group.code, group.maxPoints]));
      category.children.forEach((group, groupIndex) => {
        const compiledGroup = root.children[groupIndex];
        group.children.forEach((criterion, index) => {
          if (!criterion.applicable || criterion.points >= criterion.maxPoints) return;
          const weight = compiledGroup?.children[index]?.weight ?? 1;
          const gain = weigh(criterion.maxPoints, weight) - weigh(criterion.points, weight);
          const points = (code: string) => (groupPoints.get(code) ?? 0) + (code === group.code ? gain : 0);
          if (!rule.conditions.every((condition) => holds(condition, points, groupMax))) return;
          const key = `${category.code}:${criterion.code}`;
          let entry = found.get(key);
          if (!entry) {
            entry = {
              code: criterion.code,
              path: criterion.path,
              name: criterion.name,
              category: category.code,
              units: [],
              cost: 0,
            };
            if (criterion.number !== undefined) entry.number = criterion.number;
            found.set(key, entry);
          }
          entry.units.push(id);
          entry.cost += effortToMax(criterion, options.effort);
        });
      });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.units.length - a.units.length || a.cost - b.cost || a.path.localeCompare(b.path))
    .slice(0, limit);
}

/** The effort of raising a criterion's own rule, or each of its indicators, to the maximum. */
function effortToMax(criterion: NodeResult, effort: NextLevelOptions['effort']): number {
  const leaves = criterion.children.length > 0 ? criterion.children : [criterion];
  return leaves
    .filter((leaf) => leaf.applicable)
    .reduce(
      (total, leaf) => total + (leaf.maxPoints - leaf.points) * effortOf(effort, leaf.code, criterion.code),
      0,
    );
}

const weigh = (points: number, weight: number) => (weight === 1 ? points : Math.round(points * weight));

function holds(
  condition: LevelCondition,
  points: (code: string) => number,
  maxima: ReadonlyMap<string, number>,
): boolean {
  const codes = condition.kind === 'combinedShare' ? condition.groups : [condition.group];
  const total = codes.reduce((sum, code) => sum + points(code), 0);
  if (condition.kind === 'groupPoints') return total >= toHundredths(condition.min);
  const max = codes.reduce((sum, code) => sum + (maxima.get(code) ?? 0), 0);
  return reachesPercent(total, max, condition.minPercent);
}
