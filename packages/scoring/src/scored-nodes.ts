import { type Hundredths, toHundredths } from './decimal.ts';
import type { CriteriaSet, Criterion, Indicator } from './model/criteria-set.ts';
import type { Rule } from './model/rules.ts';
import type { LocalizedText } from './model/text.ts';
import { walkSet } from './model/walk.ts';

/** A node a unit reports a value for: a criterion with its own rule, or an indicator. */
export interface ScoredNode {
  code: string;
  /** Codes from the category down: "SS/SS.HT/SS.03". */
  path: string;
  node: Criterion | Indicator;
  name: LocalizedText;
  max: Hundredths;
  rule: Rule;
  /** The criterion asks for evidence (an indicator never does on its own). */
  evidenceRequired: boolean;
}

// Sets are immutable once parsed, and the API and the console ask for the same set's nodes on every
// save and every keystroke: list them once per set object.
const listed = new WeakMap<CriteriaSet, readonly ScoredNode[]>();
const indexed = new WeakMap<CriteriaSet, ReadonlyMap<string, ScoredNode>>();

/** The scored nodes of a set, in document order. */
export function scoredNodes(set: CriteriaSet): readonly ScoredNode[] {
  let nodes = listed.get(set);
  if (!nodes) {
    const found: ScoredNode[] = [];
    for (const { node, kind, path } of walkSet(set)) {
      if ((kind !== 'criterion' && kind !== 'indicator') || !('rule' in node) || !node.rule) continue;
      const scored = node as Criterion | Indicator;
      found.push({
        code: scored.code,
        path,
        node: scored,
        name: scored.name,
        max: toHundredths(scored.maxPoints),
        rule: node.rule,
        evidenceRequired: 'evidence' in scored && scored.evidence?.required === true,
      });
    }
    nodes = found;
    listed.set(set, nodes);
  }
  return nodes;
}

/** The same nodes by code, for checking what a client sends. */
export function scoredNodesByCode(set: CriteriaSet): ReadonlyMap<string, ScoredNode> {
  let byCode = indexed.get(set);
  if (!byCode) {
    byCode = new Map(scoredNodes(set).map((node) => [node.code, node]));
    indexed.set(set, byCode);
  }
  return byCode;
}
