import {
  type CriteriaSet,
  CriteriaSet as CriteriaSetModel,
  type Inputs,
  type InputValue,
  type NodeResult,
  type RuleKind,
  type RuleOf,
  type ScoredNode,
  type UnitResult,
} from '@chiso/scoring';
import { ruleKindUi } from '../rule-kinds/registry.ts';
import type { RawInput } from '../rule-kinds/types.ts';

export { parseNumber } from './numbers.ts';
// Typed text ↔ values, for the entry and review pages; how each kind reads its text is in its
// folder under rule-kinds/.
export type { RawInput };

/** The value to score and to send: null when empty, the typed text itself when it is not a number. */
export function toInputValue<K extends RuleKind>(
  rule: RuleOf<K>,
  raw: RawInput | undefined,
): InputValue | null {
  return raw === undefined ? null : ruleKindUi<K>(rule.kind).toInputValue(rule, raw);
}

/** The text a widget shows for a stored value. */
export function toRawInput<K extends RuleKind>(rule: RuleOf<K>, value: unknown): RawInput {
  return ruleKindUi<K>(rule.kind).toRawInput(rule, value);
}

export function toInputs(
  nodes: readonly Pick<ScoredNode, 'code' | 'rule'>[],
  raws: Readonly<Record<string, RawInput>>,
): Inputs {
  const inputs: Record<string, InputValue | null> = {};
  for (const { code, rule } of nodes) inputs[code] = toInputValue(rule, raws[code]);
  return inputs;
}

/** Every node of a result by code, for showing points beside the tree. */
export function resultsByCode(result: UnitResult): Map<string, NodeResult> {
  const map = new Map<string, NodeResult>();
  const visit = (node: NodeResult) => {
    map.set(node.code, node);
    for (const child of node.children) visit(child);
  };
  for (const category of result.categories) visit(category);
  return map;
}

/** A stored version document as the scorer's model (null when it does not parse). */
export function parseDocument(document: unknown): CriteriaSet | null {
  const parsed = CriteriaSetModel.safeParse(document);
  return parsed.success ? parsed.data : null;
}
