import { type Locale, type LocalizedText, Rule, type RuleKind, type RuleOf } from '@chiso/scoring';
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

/** The editor's draft of a rule, its numbers written as the console's language writes them. */
export function toRuleDraft(rule: Rule | undefined, locale: Locale): RuleDraft {
  const draft = emptyRuleDraft(rule?.kind ?? 'yesNo');
  if (!rule) return draft;
  return { ...draft, ...fieldsOf(rule, locale) };
}

function fieldsOf<K extends RuleKind>(rule: Rule & { kind: K }, locale: Locale): DraftFieldsOf<K> {
  return ruleKindUi(rule.kind).draft.fromRule(rule as RuleOf<K>, locale);
}

/** The rule of the draft's kind, as JSON for `updateCriteriaNode(patch: {rule})`. */
export function fromRuleDraft(draft: RuleDraft, locale: Locale): Record<string, unknown> {
  return ruleKindUi(draft.kind).draft.toRule(draft, locale);
}

/**
 * The draft's numbers re-shown in another language's convention ("0,5" ↔ "0.5"), when its rule reads;
 * a draft still being typed into something that does not read is left as typed.
 */
export function relocaliseRuleDraft(draft: RuleDraft, from: Locale, to: Locale): RuleDraft {
  const rule = Rule.safeParse(fromRuleDraft(draft, from));
  return rule.success ? { ...draft, ...fieldsOf(rule.data, to) } : draft;
}

/** A draft of the kind that already parses, worded after the node, for the person to refine. */
export function starterRuleDraft(
  kind: RuleKind,
  name: LocalizedText,
  maxPoints: number,
  locale: Locale,
): RuleDraft {
  return { ...emptyRuleDraft(kind), ...ruleKindUi(kind).draft.starter(name, maxPoints, locale) };
}
