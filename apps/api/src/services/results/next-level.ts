import {
  type CriteriaSet,
  type NextLevelOptions,
  type NextLevelPath,
  nextLevelPath,
  problem,
  walkSet,
} from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { issueAt, validationFailed } from '../../errors.ts';
import { type CriterionEffort, storedEfforts } from '../criteria/efforts.ts';
import { loadWhatIfBasis } from './what-if.ts';

/**
 * The effort a search weighs: the caller's when given (even an empty list: fewest points), else
 * the weights the Sở stored for the set.
 */
export async function effortFor(
  context: Context,
  setId: string,
  given: readonly CriterionEffort[] | null | undefined,
): Promise<{ effort: Record<string, number>; effortSource: NonNullable<NextLevelOptions['effortSource']> }> {
  if (given) {
    return {
      effort: Object.fromEntries(given.map((entry) => [entry.code, entry.weight])),
      effortSource: 'given',
    };
  }
  return { effort: await storedEfforts(context.db, setId), effortSource: 'stored' };
}

/** The cheapest way to the category's next level for the assessment as it stands. */
export async function nextLevelPathOf(
  context: Context,
  {
    assessmentId,
    categoryCode,
    effort,
  }: { assessmentId: string; categoryCode: string; effort?: readonly CriterionEffort[] | null | undefined },
): Promise<NextLevelPath | null> {
  const check = (set: CriteriaSet) => {
    const known = new Set(
      [...walkSet(set)]
        .filter(({ kind }) => kind === 'criterion' || kind === 'indicator')
        .map(({ node }) => node.code),
    );
    const issues = (effort ?? []).flatMap((entry, index) =>
      known.has(entry.code)
        ? []
        : [issueAt(`effort.${index}.code`, problem('NODE_NOT_SCORED', { code: entry.code }))],
    );
    if (issues.length > 0) throw validationFailed(issues);
  };
  const { set, setId, basis, result } = await loadWhatIfBasis(context, assessmentId, check);
  const options = await effortFor(context, setId, effort);
  return nextLevelPath(set, result, categoryCode, { cohortBest: basis.cohortBest, ...options }) ?? null;
}

/**
 * The path in every category with a level above the assessment's, the cohort loaded once (plan
 * suggestions and the unit report ask for all categories at a time), weighed by the Sở's efforts.
 */
export async function nextLevelPathsOf(context: Context, assessmentId: string): Promise<NextLevelPath[]> {
  const { set, setId, basis, result } = await loadWhatIfBasis(context, assessmentId);
  const options = await effortFor(context, setId, null);
  return set.categories.flatMap((category) => {
    const path = nextLevelPath(set, result, category.code, { cohortBest: basis.cohortBest, ...options });
    return path?.status === 'PATH' ? [path] : [];
  });
}
