import {
  type CriteriaSet,
  CriteriaSet as CriteriaSetModel,
  type Criterion,
  describeLevel,
  type Indicator,
  type Inputs,
  type InputValue,
  type Locale,
  type NodeResult,
  type Rule,
  type UnitResult,
  walkSet,
} from '@chiso/scoring';

/** What a person has typed for one scored node: kept as text so nothing typed is ever lost. */
export type RawInput = string | { numerator: string; denominator: string };

/** A criterion or indicator that carries a rule (the nodes a unit reports values for). */
export interface ScoredNode {
  code: string;
  path: string;
  node: Criterion | Indicator;
  rule: Rule;
}

export function scoredNodes(set: CriteriaSet): ScoredNode[] {
  const nodes: ScoredNode[] = [];
  for (const { node, kind, path } of walkSet(set)) {
    if ((kind === 'criterion' || kind === 'indicator') && 'rule' in node && node.rule) {
      nodes.push({ code: node.code, path, node: node as Criterion | Indicator, rule: node.rule });
    }
  }
  return nodes;
}

/** "23,72" or "23.72" → 23.72; empty → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalised = trimmed.replace(',', '.');
  return /^-?\d*\.?\d+$|^-?\d+\.$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/**
 * The value to score and to send: null when empty, the typed text itself when it is not a number
 * (so the scorer and the server say what is wrong with it).
 */
export function toInputValue(rule: Rule, raw: RawInput | undefined): InputValue | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'string') {
    const numerator = parseNumber(raw.numerator);
    const denominator = parseNumber(raw.denominator);
    if (numerator === null && denominator === null) return null;
    if (numerator === null || denominator === null || Number.isNaN(numerator) || Number.isNaN(denominator))
      return `${raw.numerator}/${raw.denominator}`;
    return { numerator, denominator };
  }
  switch (rule.kind) {
    case 'yesNo':
      return raw === 'yes' ? true : raw === 'no' ? false : null;
    case 'choice':
      return raw === '' ? null : raw;
    case 'ratio':
      return null;
    default: {
      const value = parseNumber(raw);
      if (value === null) return null;
      return Number.isNaN(value) ? raw : value;
    }
  }
}

/** The text a widget shows for a stored value. */
export function toRawInput(rule: Rule, value: unknown): RawInput {
  if (rule.kind === 'ratio') {
    const ratio = value as { numerator?: unknown; denominator?: unknown } | null;
    return {
      numerator: ratio?.numerator == null ? '' : String(ratio.numerator),
      denominator: ratio?.denominator == null ? '' : String(ratio.denominator),
    };
  }
  if (value === null || value === undefined) return '';
  if (rule.kind === 'yesNo') return value === true ? 'yes' : value === false ? 'no' : '';
  return String(value);
}

export function toInputs(nodes: readonly ScoredNode[], raws: Readonly<Record<string, RawInput>>): Inputs {
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

export function levelText(category: NodeResult, locale: Locale): string | undefined {
  return describeLevel(category, locale);
}

/** A stored version document as the scorer's model (null when it does not parse). */
export function parseDocument(document: unknown): CriteriaSet | null {
  const parsed = CriteriaSetModel.safeParse(document);
  return parsed.success ? parsed.data : null;
}
