import type { Hundredths } from './decimal.ts';
import type { LocalizedText } from './model/text.ts';
import type { NodeResult, UnitResult } from './result.ts';

/** How much one criterion cost a cohort. */
export interface CriterionLoss {
  code: string;
  path: string;
  name: LocalizedText;
  /** Points lost in all (Σ maximum − points), in hundredths. */
  lost: Hundredths;
  /** Units the criterion applied to. */
  units: number;
  atZero: number;
  atFull: number;
}

/**
 * The criteria that lose the most points across a cohort ("security equipment, LAN lightning
 * protection and online meeting rooms held units back"), most lost first; ties by path.
 */
export function weakestCriteria(results: readonly UnitResult[], limit = 10): CriterionLoss[] {
  const losses = new Map<string, CriterionLoss>();
  const visit = (node: NodeResult) => {
    if (node.kind !== 'criterion') {
      node.children.forEach(visit);
      return;
    }
    if (!node.applicable) return;
    let loss = losses.get(node.code);
    if (!loss) {
      loss = { code: node.code, path: node.path, name: node.name, lost: 0, units: 0, atZero: 0, atFull: 0 };
      losses.set(node.code, loss);
    }
    loss.lost += node.maxPoints - node.points;
    loss.units += 1;
    if (node.points === 0) loss.atZero += 1;
    if (node.points === node.maxPoints) loss.atFull += 1;
  };
  for (const result of results) result.categories.forEach(visit);
  return [...losses.values()].sort((a, b) => b.lost - a.lost || a.path.localeCompare(b.path)).slice(0, limit);
}
