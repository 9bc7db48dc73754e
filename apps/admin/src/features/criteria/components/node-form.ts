import type { Rule } from '@chiso/scoring';
import { parseNumber } from '../../../lib/scoring.ts';
import { fromRuleDraft, type RuleDraft, toRuleDraft } from '../../../rule-kinds/draft.ts';
import type { EditorKind } from './draft.ts';

/** A node's own fields as the form holds them: text as typed, so an error never loses any of it. */
export interface NodeValues {
  nameVi: string;
  nameEn: string;
  maxPoints: string;
  number: string;
  weight: string;
  /** Null where the node has no rule of its own (groups, categories, criteria with indicators). */
  rule: RuleDraft | null;
  evidenceRequired: boolean;
}

type DocNode = Record<string, unknown> & {
  name: { vi: string; en: string };
  maxPoints: number;
  number?: number;
  weight?: number;
  rule?: Rule;
  indicators?: unknown[];
  evidence?: { required: boolean; description?: unknown };
};

export function hasOwnRule(kind: EditorKind, node: DocNode): boolean {
  return kind === 'indicator' || (kind === 'criterion' && !node.indicators?.length);
}

export function valuesOf(kind: EditorKind, node: DocNode): NodeValues {
  return {
    nameVi: node.name.vi,
    nameEn: node.name.en,
    maxPoints: String(node.maxPoints),
    number: node.number === undefined ? '' : String(node.number),
    weight: node.weight === undefined ? '' : String(node.weight),
    rule: hasOwnRule(kind, node) ? toRuleDraft(node.rule) : null,
    evidenceRequired: node.evidence?.required ?? false,
  };
}

export type PatchResult =
  | { ok: true; patch: Record<string, unknown> }
  | { ok: false; errors: Record<string, 'notANumber' | 'notAWholeNumber'> };

/**
 * The `CriteriaNodePatch` for what the form holds. Numbers typed in Vietnamese ("1,5") are read
 * here; GraphQL's Float arguments cannot carry text, so those are checked before sending.
 */
export function toPatch(kind: EditorKind, node: DocNode, values: NodeValues): PatchResult {
  const errors: Record<string, 'notANumber' | 'notAWholeNumber'> = {};
  const maxPoints = parseNumber(values.maxPoints);
  if (maxPoints === null || Number.isNaN(maxPoints)) errors.maxPoints = 'notANumber';
  const weight = parseNumber(values.weight);
  if (weight !== null && Number.isNaN(weight)) errors.weight = 'notANumber';
  const number = parseNumber(values.number);
  if (number !== null && !Number.isInteger(number)) errors.number = 'notAWholeNumber';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const patch: Record<string, unknown> = { name: values.nameVi, nameEn: values.nameEn, maxPoints };
  // Blank removes an optional field (null), but only if the node had it.
  if (weight !== null) patch.weight = weight;
  else if (node.weight !== undefined) patch.weight = null;
  if (kind === 'criterion') {
    if (number !== null) patch.number = number;
    else if (node.number !== undefined) patch.number = null;
  }
  if (values.rule) {
    patch.rule = fromRuleDraft(values.rule);
    patch.evidence = { ...(node.evidence ?? {}), required: values.evidenceRequired };
  }
  return { ok: true, patch };
}

/** The fields the live preview can apply before saving (only those that already read as numbers). */
export function pendingFields(values: NodeValues): Record<string, unknown> {
  const fields: Record<string, unknown> = { name: { vi: values.nameVi, en: values.nameEn } };
  const maxPoints = parseNumber(values.maxPoints);
  if (maxPoints !== null && !Number.isNaN(maxPoints)) fields.maxPoints = maxPoints;
  if (values.rule) fields.rule = fromRuleDraft(values.rule);
  return fields;
}
