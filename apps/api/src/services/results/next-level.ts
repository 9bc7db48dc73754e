import { type CriteriaSet, type NextLevelPath, nextLevelPath, problem, walkSet } from '@chiso/scoring';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { issueAt, validationFailed } from '../../errors.ts';
import { loadWhatIfBasis } from './what-if.ts';

/** A criterion's effort: how much a point there weighs against a point elsewhere (checked by the input type). */
export const CriterionEffort = z.object({ code: z.string().max(100), weight: z.number().min(0.01).max(100) });
export type CriterionEffort = z.infer<typeof CriterionEffort>;

/** The cheapest way to the category's next level for the assessment as it stands. */
export async function nextLevelPathOf(
  context: Context,
  {
    assessmentId,
    categoryCode,
    effort,
  }: { assessmentId: string; categoryCode: string; effort: readonly CriterionEffort[] },
): Promise<NextLevelPath | null> {
  const check = (set: CriteriaSet) => {
    const known = new Set(
      [...walkSet(set)]
        .filter(({ kind }) => kind === 'criterion' || kind === 'indicator')
        .map(({ node }) => node.code),
    );
    const issues = effort.flatMap((entry, index) =>
      known.has(entry.code)
        ? []
        : [issueAt(`effort.${index}.code`, problem('NODE_NOT_SCORED', { code: entry.code }))],
    );
    if (issues.length > 0) throw validationFailed(issues);
  };
  const { set, basis, result } = await loadWhatIfBasis(context, assessmentId, check);
  return (
    nextLevelPath(set, result, categoryCode, {
      cohortBest: basis.cohortBest,
      effort: Object.fromEntries(effort.map((entry) => [entry.code, entry.weight])),
    }) ?? null
  );
}

/**
 * The path in every category with a level above the assessment's, the cohort loaded once (plan
 * suggestions and the unit report ask for all categories at a time).
 */
export async function nextLevelPathsOf(context: Context, assessmentId: string): Promise<NextLevelPath[]> {
  const { set, basis, result } = await loadWhatIfBasis(context, assessmentId);
  return set.categories.flatMap((category) => {
    const path = nextLevelPath(set, result, category.code, { cohortBest: basis.cohortBest });
    return path?.status === 'PATH' ? [path] : [];
  });
}
