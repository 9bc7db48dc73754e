import type { ComparisonDefinition, LineageRule, Measure, NodeKind } from '../operations.ts';

/** What the analyst has chosen; it lives in the URL so links and the back button keep it. */
export interface Choice {
  group: string;
  /** The criteria set; null = the group's main set. */
  set: string | null;
  period: string;
  /** The earlier published period to compare with; null = none. */
  from: string | null;
  kind: NodeKind;
  /** The chosen nodes; null = every node of the kind. */
  nodes: string[] | null;
  measure: Measure;
  rule: LineageRule;
  /** The node whose distribution is shown; null = the first chosen one. */
  node: string | null;
}

export const KINDS: readonly NodeKind[] = ['CATEGORY', 'GROUP', 'CRITERION'];
export const MEASURES: readonly Measure[] = ['SHARE', 'POINTS'];
export const RULES: readonly LineageRule[] = ['MEAN', 'SUM', 'MAX'];

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((item) => item === value) ?? fallback;

/** The URL's choice; the group and period fall back to the first ones offered. */
export function readChoice(params: URLSearchParams, fallback: { group: string; period: string }): Choice {
  const nodes = params.get('nodes');
  return {
    group: params.get('group') || fallback.group,
    set: params.get('set') || null,
    period: params.get('period') || fallback.period,
    from: params.get('from') || null,
    kind: oneOf(KINDS, params.get('kind'), 'GROUP'),
    // "nodes=" (present, empty) means none chosen, which is not the same as every node.
    nodes: nodes === null ? null : nodes.split(',').filter(Boolean),
    measure: oneOf(MEASURES, params.get('measure'), 'SHARE'),
    rule: oneOf(RULES, params.get('rule'), 'MEAN'),
    node: params.get('node') || null,
  };
}

export type ChoiceChange = { [K in keyof Choice]?: Choice[K] | null };

/** What each section of the workbench is given: the choice, and a way to change it. */
export interface SectionProps {
  choice: Choice;
  onChange: (change: ChoiceChange) => void;
}

/** Applies a change to the URL; a null or default value leaves its parameter out. */
export function writeChoice(params: URLSearchParams, change: ChoiceChange): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(change)) {
    if (value === null || value === undefined) next.delete(key);
    else next.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return next;
}

/** The choice as the API saves it: two periods older first, DELTA only when there are two. */
export function definitionOf(choice: Choice): ComparisonDefinition {
  return {
    cohort: { unitGroupId: choice.group, ...(choice.set ? { setCode: choice.set } : {}) },
    periods: choice.from ? [choice.from, choice.period] : [choice.period],
    nodes: { kind: choice.kind, ...(choice.nodes ? { codes: choice.nodes } : {}) },
    measures: choice.from ? [choice.measure, 'DELTA'] : [choice.measure],
    ...(choice.from ? { lineageRule: choice.rule } : {}),
    ...(choice.node ? { focusNode: choice.node } : {}),
  };
}

/** A saved definition back as URL parameters (the whole choice: what it does not say is reset). */
export function paramsOf(definition: ComparisonDefinition): URLSearchParams {
  const [first, second] = definition.periods;
  const measure = definition.measures.find((item): item is Measure => MEASURES.includes(item as Measure));
  return writeChoice(new URLSearchParams(), {
    group: definition.cohort.unitGroupId,
    set: definition.cohort.setCode ?? null,
    period: second ?? first ?? null,
    from: second ? (first ?? null) : null,
    kind: definition.nodes.kind,
    nodes: definition.nodes.codes ?? null,
    measure: measure ?? null,
    rule: definition.lineageRule ?? null,
    node: definition.focusNode ?? null,
  });
}
