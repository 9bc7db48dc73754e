import type { LocalizedText, Rule, RuleKind, RuleOf } from '@chiso/scoring';
import { type DraftFieldsOf, RULE_KIND_UIS, ruleKindUi } from './registry.ts';

// Every kind's fields in one object: a field two kinds share by name (`measure`) is one field.
type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (
  intersection: infer I,
) => void
  ? I
  : never;
type AllDraftFields = UnionToIntersection<{ [K in RuleKind]: DraftFieldsOf<K> }[RuleKind]>;

/**
 * A rule as the editor holds it while it is typed: numbers stay text (so "1,5" and half-typed
 * values survive), and the fields of every kind are kept, so switching kind and back loses nothing
 * (and `measure` typed for a share is still there for steps).
 */
export type RuleDraft = { kind: RuleKind } & AllDraftFields;

function emptyRuleDraft(kind: RuleKind): RuleDraft {
  const fields = Object.values(RULE_KIND_UIS).map((ui) => ui.draft.empty());
  return Object.assign({ kind }, ...fields) as RuleDraft;
}

export function toRuleDraft(rule: Rule | undefined): RuleDraft {
  const draft = emptyRuleDraft(rule?.kind ?? 'yesNo');
  if (!rule) return draft;
  return { ...draft, ...fieldsOf(rule) };
}

function fieldsOf<K extends RuleKind>(rule: Rule & { kind: K }): DraftFieldsOf<K> {
  return ruleKindUi(rule.kind).draft.fromRule(rule as RuleOf<K>);
}

/** The rule of the draft's kind, as JSON for `updateCriteriaNode(patch: {rule})`. */
export function fromRuleDraft(draft: RuleDraft): Record<string, unknown> {
  return ruleKindUi(draft.kind).draft.toRule(draft);
}

/** A draft of the kind that already parses, worded after the node, for the person to refine. */
export function starterRuleDraft(kind: RuleKind, name: LocalizedText, maxPoints: number): RuleDraft {
  return { ...emptyRuleDraft(kind), ...ruleKindUi(kind).draft.starter(name, maxPoints) };
}
