import {
  type CriteriaSet,
  CriteriaSet as CriteriaSetModel,
  type Inputs,
  type InputValue,
  type Locale,
  type NodeResult,
  type RuleKind,
  type RuleOf,
  type ScoredNode,
  type UnitResult,
} from '@chiso/scoring';
import { ruleKindUi } from '../rule-kinds/registry.ts';
import type { RawInput } from '../rule-kinds/types.ts';

// Typed text ↔ values, for the entry and review pages; how each kind reads its text is in its
// folder under rule-kinds/.
export type { RawInput };

/**
 * The value to score and to send: null when empty, the typed text itself when it is not a number.
 * Numbers are read as the console's language writes them ("1.234,5" in vi, "1,234.5" in en).
 */
export function toInputValue<K extends RuleKind>(
  rule: RuleOf<K>,
  raw: RawInput | undefined,
  locale: Locale,
): InputValue | null {
  return raw === undefined ? null : ruleKindUi<K>(rule.kind).toInputValue(rule, raw, locale);
}

/** The text a widget shows for a stored value, written as the console's language writes numbers. */
export function toRawInput<K extends RuleKind>(rule: RuleOf<K>, value: unknown, locale: Locale): RawInput {
  return ruleKindUi<K>(rule.kind).toRawInput(rule, value, locale);
}

/**
 * What was typed, re-shown in another language's convention ("1.234,5" → "1,234.5") with the same
 * value; text that does not read (or reads to something other than a number) stays as typed.
 */
function relocaliseRaw<K extends RuleKind>(
  rule: RuleOf<K>,
  raw: RawInput,
  from: Locale,
  to: Locale,
): RawInput {
  const value = toInputValue(rule, raw, from);
  return value === null || typeof value === 'string' ? raw : toRawInput(rule, value, to);
}

/** Every node's typed input re-shown in another language's convention (see `relocaliseRaw`). */
export function relocaliseRaws(
  nodes: readonly Pick<ScoredNode, 'code' | 'rule'>[],
  raws: Readonly<Record<string, RawInput>>,
  from: Locale,
  to: Locale,
): Record<string, RawInput> {
  const next = { ...raws };
  for (const { code, rule } of nodes) {
    const raw = raws[code];
    if (raw !== undefined) next[code] = relocaliseRaw(rule, raw, from, to);
  }
  return next;
}

export function toInputs(
  nodes: readonly Pick<ScoredNode, 'code' | 'rule'>[],
  raws: Readonly<Record<string, RawInput>>,
  locale: Locale,
): Inputs {
  const inputs: Record<string, InputValue | null> = {};
  for (const { code, rule } of nodes) inputs[code] = toInputValue(rule, raws[code], locale);
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
