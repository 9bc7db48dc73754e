/** Granular edits of a draft's tree: one node, its rule, its place, or a category's level rules. */
import { LocalizedText, PointsValue } from '@chiso/scoring';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { parseInput } from '../validate.ts';
import { type DraftTarget, editDraft } from './edit.ts';
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
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'name at least one field to change',
  });

export function updateCriteriaNode(context: Context, input: DraftTarget & { code: string; patch: unknown }) {
  const { code, patch, ...target } = input;
  const parsed = parseInput(z.object({ code: Code, patch: NodePatch }), { code, patch });
  return editDraft(context, target, 'criteriaNode.update', (set) => {
    const { path, before, after } = tree.updateNode(set, parsed.code, stripUndefined(parsed.patch));
    return { before: { path, node: before }, after: { path, node: after } };
  });
}

export function addCriteriaNode(
  context: Context,
  input: DraftTarget & { parentCode: string | null; node: unknown; position?: number | null },
) {
  const { parentCode, node, position, ...target } = input;
  const parsed = parseInput(
    z.object({ parentCode: Code.nullable(), position: z.number().int().nonnegative().nullish() }),
    { parentCode, position },
  );
  return editDraft(context, target, 'criteriaNode.add', (set) => {
    const added = tree.addNode(set, parsed.parentCode, structuredClone(node), parsed.position ?? undefined);
    return { before: {}, after: { parentCode: parsed.parentCode, kind: added.kind, node: added.after } };
  });
}

export function removeCriteriaNode(context: Context, input: DraftTarget & { code: string }) {
  const { code, ...target } = input;
  const parsed = parseInput(z.object({ code: Code }), { code });
  return editDraft(context, target, 'criteriaNode.remove', (set) => {
    const { path, before } = tree.removeNode(set, parsed.code);
    return { before: { path, node: before }, after: {} };
  });
}

export function moveCriteriaNode(
  context: Context,
  input: DraftTarget & { code: string; parentCode: string | null; position: number },
) {
  const { code, parentCode, position, ...target } = input;
  const parsed = parseInput(
    z.object({ code: Code, parentCode: Code.nullable(), position: z.number().int().nonnegative() }),
    { code, parentCode, position },
  );
  return editDraft(context, target, 'criteriaNode.move', (set) => {
    const moved = tree.moveNode(set, parsed.code, parsed.parentCode, parsed.position);
    return { before: { code: parsed.code, ...moved.before }, after: { code: parsed.code, ...moved.after } };
  });
}

export function setLevelRules(
  context: Context,
  input: DraftTarget & { categoryCode: string; levels: unknown },
) {
  const { categoryCode, levels, ...target } = input;
  const parsed = parseInput(z.object({ categoryCode: Code, levels: z.array(z.unknown()) }), {
    categoryCode,
    levels,
  });
  return editDraft(context, target, 'criteriaLevels.set', (set) => {
    const { path, before, after } = tree.setLevelRules(
      set,
      parsed.categoryCode,
      structuredClone(parsed.levels),
    );
    return { before: { path, levels: before }, after: { path, levels: after } };
  });
}

function stripUndefined(patch: z.output<typeof NodePatch>): tree.NodePatch {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as tree.NodePatch;
}
