import type { Hundredths } from '../decimal.ts';
import type { ConditionOutcome } from '../result.ts';

/** One unit's points on one node, as materialised results store them. */
export interface NodeRow {
  code: string;
  points: Hundredths;
  maxPoints: Hundredths;
}

/** How much one node cost a cohort. */
export interface NodeLoss {
  code: string;
  /** Σ (maximum − points) over the units it applies to, hundredths. */
  lost: Hundredths;
  /** Σ maximum over those units: `lost ÷ possible` is the share of points the cohort missed. */
  possible: Hundredths;
  units: number;
  atZero: number;
  atFull: number;
}

/**
 * Points lost per node across a cohort, most lost first (ties by code), the materialised-rows twin
 * of `weakestCriteria`: nodes that do not apply (maximum 0) count for nothing.
 */
export function pointsLost(rows: readonly NodeRow[], limit = Number.POSITIVE_INFINITY): NodeLoss[] {
  const losses = new Map<string, NodeLoss>();
  for (const row of rows) {
    if (row.maxPoints <= 0) continue;
    let loss = losses.get(row.code);
    if (!loss) {
      loss = { code: row.code, lost: 0, possible: 0, units: 0, atZero: 0, atFull: 0 };
      losses.set(row.code, loss);
    }
    loss.lost += Math.max(0, row.maxPoints - row.points);
    loss.possible += row.maxPoints;
    loss.units += 1;
    if (row.points === 0) loss.atZero += 1;
    if (row.points >= row.maxPoints) loss.atFull += 1;
  }
  return [...losses.values()]
    .sort((a, b) => b.lost - a.lost || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, limit);
}

/** A category that did not reach its lowest level, with the conditions that failed. */
export interface NotRankedCategory {
  category: string;
  reasons: readonly ConditionOutcome[];
}

/** A group (or groups judged together) that kept units out of a category's levels. */
export interface BlockingGroup {
  category: string;
  /** One group, or the groups of a combined-share condition, in the condition's order. */
  groups: string[];
  /** Units held back by it (a unit counts once per condition it failed). */
  units: number;
}

/**
 * Which groups most often stop units from reaching a level ("infrastructure and security
 * equipment held units back"): failing conditions counted per category, most units first.
 */
export function blockingGroups(categories: readonly NotRankedCategory[]): BlockingGroup[] {
  const counts = new Map<string, BlockingGroup>();
  for (const { category, reasons } of categories) {
    const seen = new Set<string>();
    for (const reason of reasons) {
      if (reason.met) continue;
      const condition = reason.condition;
      const groups = condition.kind === 'combinedShare' ? [...condition.groups] : [condition.group];
      const key = `${category}\u0000${groups.join('+')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { category, groups, units: 0 };
      entry.units += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.units - a.units ||
      a.category.localeCompare(b.category) ||
      a.groups.join('+').localeCompare(b.groups.join('+')),
  );
}
