import { type EntryValues, inputsOf, overridesOf } from '@chiso/db';
import { type CriteriaSet, type NodeResult, score, type UnitResult } from '@chiso/scoring';

/**
 * Scores one assessment on its own, as the browser does: the unit's figures, and the reviewer's
 * points where `reviewed` (share-of-best criteria wait for the cohort, scored at publication).
 */
export function scoreEntries(
  set: CriteriaSet,
  entries: readonly EntryValues[],
  { reviewed }: { reviewed: boolean },
): UnitResult {
  return score(set, inputsOf(entries), reviewed ? { overrides: overridesOf(entries) } : {});
}

/** Points of every scored node by code. */
export function pointsByCode(result: UnitResult): Map<string, number> {
  const points = new Map<string, number>();
  const visit = (node: NodeResult) => {
    if (node.children.length === 0) points.set(node.code, node.points);
    node.children.forEach(visit);
  };
  result.categories.forEach(visit);
  return points;
}
