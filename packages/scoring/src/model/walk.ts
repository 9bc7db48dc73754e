import type {
  Category,
  CriteriaSet,
  Criterion,
  CriterionGroup,
  Indicator,
  NodeKind,
} from './criteria-set.ts';

export type SetNode = Category | CriterionGroup | Criterion | Indicator;

export interface VisitedNode {
  node: SetNode;
  kind: NodeKind;
  /** Codes from the category down to this node: "SS/SS.HT/SS.03". */
  path: string;
}

/** Every node of a set, parents before children, in document order. */
export function* walkSet(set: CriteriaSet): Generator<VisitedNode> {
  for (const category of set.categories) {
    yield { node: category, kind: 'category', path: category.code };
    for (const group of category.groups) {
      const groupPath = `${category.code}/${group.code}`;
      yield { node: group, kind: 'group', path: groupPath };
      for (const criterion of group.criteria) {
        const criterionPath = `${groupPath}/${criterion.code}`;
        yield { node: criterion, kind: 'criterion', path: criterionPath };
        for (const indicator of criterion.indicators ?? []) {
          yield { node: indicator, kind: 'indicator', path: `${criterionPath}/${indicator.code}` };
        }
      }
    }
  }
}

export function childrenOf(node: SetNode): readonly SetNode[] {
  if ('groups' in node) return node.groups;
  if ('criteria' in node) return node.criteria;
  if ('indicators' in node && node.indicators) return node.indicators;
  return [];
}
