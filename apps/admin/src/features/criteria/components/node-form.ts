import { Criterion, type Locale, type Rule } from '@chiso/scoring';
import { z } from 'zod';
import { type NumberTextMessages, numberText, optionalNumberText } from '../../../lib/model-fields.ts';
import { parseNumber, relocaliseNumber, numberText as shownNumber } from '../../../lib/numbers.ts';
import {
  fromRuleDraft,
  type RuleDraft,
  relocaliseRuleDraft,
  toRuleDraft,
} from '../../../rule-kinds/draft.ts';
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

function hasOwnRule(kind: EditorKind, node: DocNode): boolean {
  return kind === 'indicator' || (kind === 'criterion' && !node.indicators?.length);
}

export function valuesOf(kind: EditorKind, node: DocNode, locale: Locale): NodeValues {
  return {
    nameVi: node.name.vi,
    nameEn: node.name.en,
    maxPoints: shownNumber(node.maxPoints, locale),
    // A criterion's number is an ordinal ("Tiêu chí 1234"), never grouped.
    number: node.number === undefined ? '' : String(node.number),
    weight: node.weight === undefined ? '' : shownNumber(node.weight, locale),
    rule: hasOwnRule(kind, node) ? toRuleDraft(node.rule, locale) : null,
    evidenceRequired: node.evidence?.required ?? false,
  };
}

/** The form's numbers re-shown in another language's convention, with the same values. */
export function relocaliseValues(values: NodeValues, from: Locale, to: Locale): NodeValues {
  return {
    ...values,
    maxPoints: relocaliseNumber(values.maxPoints, from, to),
    weight: relocaliseNumber(values.weight, from, to),
    rule: values.rule && relocaliseRuleDraft(values.rule, from, to),
  };
}

export interface NodeMessages extends NumberTextMessages {
  notAWholeNumber: string;
}

/**
 * What the form checks before sending: the numbers, read from Vietnamese or English decimals and
 * held to the criteria model (GraphQL's Float arguments cannot carry text). Names and the rule are
 * checked by the server, whose structural messages name the exact place.
 */
export function nodeValues(messages: NodeMessages, locale: Locale) {
  const whole = { notANumber: messages.notAWholeNumber, refused: () => messages.notAWholeNumber };
  return z.object({
    nameVi: z.string(),
    nameEn: z.string(),
    maxPoints: numberText(Criterion.shape.maxPoints, messages, locale),
    number: optionalNumberText(Criterion.shape.number.unwrap(), whole, locale),
    weight: optionalNumberText(Criterion.shape.weight.unwrap(), messages, locale),
    rule: z.custom<RuleDraft | null>(),
    evidenceRequired: z.boolean(),
  });
}
export type CheckedNodeValues = z.output<ReturnType<typeof nodeValues>>;

/** The `CriteriaNodePatch` for what the form holds, once its numbers are checked. */
export function toPatch(
  kind: EditorKind,
  node: DocNode,
  values: CheckedNodeValues,
  locale: Locale,
): Record<string, unknown> {
  const { maxPoints, weight, number } = values;
  const patch: Record<string, unknown> = { name: values.nameVi, nameEn: values.nameEn, maxPoints };
  // Blank removes an optional field (null), but only if the node had it.
  if (weight !== null) patch.weight = weight;
  else if (node.weight !== undefined) patch.weight = null;
  if (kind === 'criterion') {
    if (number !== null) patch.number = number;
    else if (node.number !== undefined) patch.number = null;
  }
  if (values.rule) {
    patch.rule = fromRuleDraft(values.rule, locale);
    patch.evidence = { ...(node.evidence ?? {}), required: values.evidenceRequired };
  }
  return patch;
}

/** The fields the live preview can apply before saving (only those that already read as numbers). */
export function pendingFields(values: NodeValues, locale: Locale): Record<string, unknown> {
  const fields: Record<string, unknown> = { name: { vi: values.nameVi, en: values.nameEn } };
  const maxPoints = parseNumber(values.maxPoints, locale);
  if (maxPoints !== null && !Number.isNaN(maxPoints)) fields.maxPoints = maxPoints;
  if (values.rule) fields.rule = fromRuleDraft(values.rule, locale);
  return fields;
}
