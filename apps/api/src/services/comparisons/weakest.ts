import { type BlockingGroup, blockingGroups, type NodeLoss, pointsLost } from '@chiso/scoring';
import { provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { type Cohort, type Column, loadCohort } from './cohort.ts';

export interface WeakestCriteria {
  cohortSize: number;
  criteria: Array<NodeLoss & { node: Column | undefined }>;
  blocking: BlockingGroup[];
  groupName: Cohort['groupName'];
  columnOf: (code: string) => Column | undefined;
}

/**
 * The criteria losing the most points across a published cohort, and the groups that most often
 * kept units from a category's lowest level (from the stored not-ranked reasons).
 */
export async function weakestCriteria(
  context: Context,
  input: { periodId: string; unitGroupId: string; limit: number; setCode?: string | null | undefined },
): Promise<WeakestCriteria> {
  const cohort = await loadCohort(context.db, {
    ...input,
    nodeKinds: ['CRITERION'],
    provinceId: provinceOf(context.viewer),
  });
  const columns = new Map(cohort.columns.map((column) => [column.code, column]));
  const rows = cohort.members.flatMap((member) =>
    [...member.nodes.values()]
      .filter((node) => node.kind === 'CRITERION')
      .map((node) => ({ code: node.nodeCode, points: node.points, maxPoints: node.maxPoints })),
  );
  const notRanked = cohort.members.flatMap((member) =>
    [...member.nodes.values()]
      .filter((node) => node.kind === 'CATEGORY' && node.level === null && node.reasons)
      .map((node) => ({ category: node.nodeCode, reasons: node.reasons ?? [] })),
  );
  return {
    cohortSize: cohort.members.length,
    criteria: pointsLost(rows, input.limit).map((loss) => ({ ...loss, node: columns.get(loss.code) })),
    blocking: blockingGroups(notRanked),
    groupName: cohort.groupName,
    columnOf: (code) => columns.get(code),
  };
}
