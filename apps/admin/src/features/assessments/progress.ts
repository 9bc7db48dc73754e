import type { CriteriaSet, Inputs, LocalizedText, ScoredNode } from '@chiso/scoring';

/** Something that keeps the assessment from being submitted, and the field that fixes it. */
export interface MissingItem {
  code: string;
  name: LocalizedText;
  /** `value`: no figure yet; `explanation`: evidence required, none attached and no written explanation. */
  kind: 'value' | 'explanation';
  /** The id of the input to focus. */
  fieldId: string;
}

export interface EntryProgress {
  /** Scored nodes with a value, of all scored nodes. */
  entered: number;
  total: number;
  /** Scored nodes whose evidence is required and that have none attached (explained or not). */
  missingEvidence: number;
  /** What the server would refuse the submission for, in the form's order. */
  missing: MissingItem[];
}

/**
 * How far the form is, from what the page already has: the values being scored (null = not entered),
 * the evidence attached per node and the explanations — the same checks as the server's submit.
 */
export function entryProgress(
  nodes: readonly Pick<ScoredNode, 'code' | 'name' | 'node'>[],
  inputs: Inputs,
  evidenceCount: (code: string) => number,
  explanations: Readonly<Record<string, string>>,
): EntryProgress {
  let entered = 0;
  let missingEvidence = 0;
  const missing: MissingItem[] = [];
  for (const { code, name, node } of nodes) {
    const value = inputs[code];
    if (value === null || value === undefined)
      missing.push({ code, name, kind: 'value', fieldId: `input-${code}` });
    else entered++;
    if (node.evidence?.required !== true || evidenceCount(code) > 0) continue;
    missingEvidence++;
    if (!explanations[code]?.trim())
      missing.push({ code, name, kind: 'explanation', fieldId: `explanation-${code}` });
  }
  return { entered, total: nodes.length, missingEvidence, missing };
}

export interface SectionProgress {
  entered: number;
  total: number;
}

/** Entered of all scored nodes per category and per group, by their codes, for the section index. */
export function sectionProgress(set: CriteriaSet, inputs: Inputs): Map<string, SectionProgress> {
  const bySection = new Map<string, SectionProgress>();
  for (const category of set.categories) {
    const inCategory = { entered: 0, total: 0 };
    for (const group of category.groups) {
      const inGroup = { entered: 0, total: 0 };
      for (const criterion of group.criteria) {
        // As scoredNodes walks them: the criterion when it has a rule, and each indicator.
        const scored = [...(criterion.rule ? [criterion] : []), ...(criterion.indicators ?? [])];
        for (const { code } of scored) {
          inGroup.total++;
          if (inputs[code] !== null && inputs[code] !== undefined) inGroup.entered++;
        }
      }
      bySection.set(group.code, inGroup);
      inCategory.entered += inGroup.entered;
      inCategory.total += inGroup.total;
    }
    bySection.set(category.code, inCategory);
  }
  return bySection;
}
