/** Granular edits of a draft's tree: one node, its rule, its place, or a category's level rules. */
import { LocalizedText, PointsValue, problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { DraftEditInput, type DraftTarget, editDraft } from './edit.ts';
import * as tree from './tree.ts';

const Code = z.string().trim().min(1).max(100);

const NodePatch = z
  .object({
    name: z.string().trim().min(1).max(1000).optional(),
    nameEn: z.string().trim().min(1).max(1000).optional(),
    maxPoints: PointsValue.optional(),
    number: z.number().int().positive().nullable().optional(),
    weight: z.number().finite().positive().nullable().optional(),
    method: LocalizedText.nullable().optional(),
    // Rule and evidence are checked by the criteria model once placed in the tree.
    rule: z.unknown().optional(),
    evidence: z.unknown().optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), problemFlag('PATCH_EMPTY'));

/** updateCriteriaNode's input; the rule and evidence are checked by the criteria model once placed. */
export const UpdateCriteriaNodeInput = DraftEditInput.extend({ code: Code, patch: NodePatch });

export function updateCriteriaNode(
  context: Context,
  // Checked by UpdateCriteriaNodeInput on the way in; GraphQL's shape still allows nulls it refused.
  input: DraftTarget & { code: string; patch: Record<string, unknown> },
) {
  const { code, patch, ...target } = input;
  return editDraft(context, target, 'criteriaNode.update', (set) => {
    const { path, before, after } = tree.updateNode(set, code, stripUndefined(patch));
    return { before: { path, node: before }, after: { path, node: after } };
  });
}

/** addCriteriaNode's input; the node itself is checked by the criteria model once placed. */
export const AddCriteriaNodeInput = DraftEditInput.extend({
  parentCode: Code.nullish(),
  position: z.number().int().nonnegative().nullish(),
});

export function addCriteriaNode(
  context: Context,
  input: DraftTarget & { parentCode: string | null; node: unknown; position?: number | null },
) {
  const { parentCode, node, position, ...target } = input;
  return editDraft(context, target, 'criteriaNode.add', (set) => {
    const added = tree.addNode(set, parentCode, structuredClone(node), position ?? undefined);
    return { before: {}, after: { parentCode, kind: added.kind, node: added.after } };
  });
}

export const RemoveCriteriaNodeInput = DraftEditInput.extend({ code: Code });

export function removeCriteriaNode(context: Context, input: DraftTarget & { code: string }) {
  const { code, ...target } = input;
  return editDraft(context, target, 'criteriaNode.remove', (set) => {
    const { path, before } = tree.removeNode(set, code);
    return { before: { path, node: before }, after: {} };
  });
}

export const MoveCriteriaNodeInput = DraftEditInput.extend({
  code: Code,
  parentCode: Code.nullish(),
  position: z.number().int().nonnegative(),
});

export function moveCriteriaNode(
  context: Context,
  input: DraftTarget & { code: string; parentCode: string | null; position: number },
) {
  const { code, parentCode, position, ...target } = input;
  return editDraft(context, target, 'criteriaNode.move', (set) => {
    const moved = tree.moveNode(set, code, parentCode, position);
    return { before: { code, ...moved.before }, after: { code, ...moved.after } };
  });
}

/** setLevelRules' input; the levels are checked by the criteria model once placed. */
export const SetLevelRulesInput = DraftEditInput.extend({ categoryCode: Code });

export function setLevelRules(
  context: Context,
  input: DraftTarget & { categoryCode: string; levels: unknown },
) {
  const { categoryCode, levels, ...target } = input;
  return editDraft(context, target, 'criteriaLevels.set', (set) => {
    const { path, before, after } = tree.setLevelRules(set, categoryCode, structuredClone(levels));
    return { before: { path, levels: before }, after: { path, levels: after } };
  });
}

function stripUndefined(patch: Record<string, unknown>): tree.NodePatch {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as tree.NodePatch;
}
