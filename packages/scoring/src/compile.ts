import { toHundredths } from './decimal.ts';
import type { CriteriaSet, LevelRule, NodeKind } from './model/index.ts';
import type { Rule } from './model/rules.ts';
import type { LocalizedText } from './model/text.ts';
import { childrenOf, type SetNode } from './model/walk.ts';

/** A set node prepared for scoring: maxima in hundredths, paths built once, not per unit. */
export interface CompiledNode {
  code: string;
  kind: NodeKind;
  path: string;
  name: LocalizedText;
  number: number | undefined;
  max: number;
  weight: number;
  appliesTo: ReadonlySet<string> | undefined;
  rule: Rule | undefined;
  levels: readonly LevelRule[] | undefined;
  children: readonly CompiledNode[];
}

export interface CompiledSet {
  set: CriteriaSet;
  roots: readonly CompiledNode[];
  /** Scored nodes (criteria with a rule, and indicators) by code. */
  leaves: ReadonlyMap<string, CompiledNode>;
}

const KIND_BELOW: Record<NodeKind, NodeKind> = {
  category: 'group',
  group: 'criterion',
  criterion: 'indicator',
  indicator: 'indicator',
};

const compiledSets = new WeakMap<CriteriaSet, CompiledSet>();

/** Prepares a validated set for scoring; cached per set object, so a cohort compiles it once. */
export function compileSet(set: CriteriaSet): CompiledSet {
  const cached = compiledSets.get(set);
  if (cached) return cached;
  const leaves = new Map<string, CompiledNode>();
  const compile = (node: SetNode, kind: NodeKind, parentPath: string | undefined): CompiledNode => {
    const path = parentPath === undefined ? node.code : `${parentPath}/${node.code}`;
    const compiled: CompiledNode = {
      code: node.code,
      kind,
      path,
      name: node.name,
      number: 'number' in node ? node.number : undefined,
      max: toHundredths(node.maxPoints),
      weight: node.weight ?? 1,
      appliesTo: node.appliesTo ? new Set(node.appliesTo) : undefined,
      rule: 'rule' in node ? node.rule : undefined,
      levels: 'levels' in node ? node.levels : undefined,
      children: childrenOf(node).map((child) => compile(child, KIND_BELOW[kind], path)),
    };
    if (compiled.rule) leaves.set(compiled.code, compiled);
    return compiled;
  };
  const compiled = {
    set,
    roots: set.categories.map((category) => compile(category, 'category', undefined)),
    leaves,
  };
  compiledSets.set(set, compiled);
  return compiled;
}
