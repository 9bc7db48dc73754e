import { type Distribution, describeDistribution } from '@chiso/scoring';
import { provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { type Column, loadCohort } from './cohort.ts';

export interface NodeDistribution extends Distribution {
  node: Column;
}

/** How one criterion, group or category spreads across a published cohort. */
export async function nodeDistribution(
  context: Context,
  input: { periodId: string; unitGroupId: string; nodeCode: string; setCode?: string | null | undefined },
): Promise<NodeDistribution> {
  const cohort = await loadCohort(context.db, {
    ...input,
    nodeCodes: [input.nodeCode],
    provinceId: provinceOf(context.viewer),
  });
  const node = cohort.columns.find((column) => column.code === input.nodeCode);
  if (!node) throw notFound({ vi: `tiêu chí ${input.nodeCode}`, en: `node ${input.nodeCode}` });
  const values = cohort.members.map(
    (member) => member.nodes.get(input.nodeCode) ?? { points: 0, maxPoints: 0 },
  );
  return { node, ...describeDistribution(values) };
}
