import { type CriteriaSet, childrenOf, fromHundredths, type SetNode, weighted } from '@chiso/scoring';

/**
 * Rolls maxima up the tree: every category, group and criterion with indicators gets the sum of its
 * children's weighted maxima, and the set the sum of its categories — what validation checks.
 * Opt-in (`recomputeMaxima: true`): by default a draft keeps the maxima its authors declared, and
 * `validation` lists where they disagree.
 */
export function recomputeMaxima(set: CriteriaSet): CriteriaSet {
  const roll = (node: SetNode): void => {
    const children = childrenOf(node);
    if (children.length === 0) return;
    for (const child of children) roll(child);
    node.maxPoints = fromHundredths(children.reduce((sum, child) => sum + weighted(child), 0));
  };
  for (const category of set.categories) roll(category);
  set.maxPoints = fromHundredths(set.categories.reduce((sum, category) => sum + weighted(category), 0));
  return set;
}
