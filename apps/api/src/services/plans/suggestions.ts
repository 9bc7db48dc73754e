import type { NextLevelPath } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { nextLevelPathsOf } from '../results/next-level.ts';

/** A way to the next level that a plan may start from: the path in one category of one set. */
export interface PlanSuggestion {
  setCode: string;
  path: NextLevelPath;
}

/**
 * What the unit's plan could start from: for each category with levels of each set it was published
 * on in the base period, the least it must gain to reach the next level (exact, fewest points).
 */
export async function planSuggestions(
  context: Context,
  plan: { unitId: string; basePeriodId: string | null },
): Promise<PlanSuggestion[]> {
  if (!plan.basePeriodId) return [];
  const assessments = await context.db.assessment.findMany({
    where: {
      unitId: plan.unitId,
      periodId: plan.basePeriodId,
      status: 'PUBLISHED',
      result: { notRankedCode: null },
    },
    select: { id: true, version: { select: { set: { select: { code: true } } } } },
  });
  const paths = await Promise.all(
    assessments.map(async (assessment) =>
      (await nextLevelPathsOf(context, assessment.id)).map((path) => ({
        setCode: assessment.version.set.code,
        path,
      })),
    ),
  );
  return paths.flat();
}
