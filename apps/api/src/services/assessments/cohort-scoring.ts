import { type CohortAssessment, type CohortRows, cohortResultRows } from '@chiso/db';
import type { CriteriaSet } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { runJob } from '../../workers/pool.ts';

/**
 * From this many assessments a cohort is scored on a worker thread. The tree engine scores a district
 * set's unit in about 0.15 ms on the API's machine (bench/RESULTS.md, scoring): a province's cohort
 * takes tens of milliseconds, a national one seconds. Below this size, copying the cohort to a thread
 * and back costs about what scoring it here does.
 */
const WORKER_COHORT_SIZE = 300;

/** A cohort scored and ranked into its result rows, on a worker thread when it is large. */
export function scoreCohortRows(
  context: Context,
  cohort: { set: CriteriaSet; versionId: string; assessments: readonly CohortAssessment[] },
): Promise<CohortRows> | CohortRows {
  if (cohort.assessments.length < WORKER_COHORT_SIZE) return cohortResultRows(cohort);
  // Only what scoring reads crosses to the thread (rows from the database carry more).
  const assessments = cohort.assessments.map(({ id, entries, unitKind, notRanked }) => ({
    id,
    entries: entries.map(({ nodeCode, input, reviewedPoints }) => ({
      nodeCode,
      input,
      reviewedPoints: reviewedPoints ?? null,
    })),
    ...(unitKind === undefined ? {} : { unitKind }),
    ...(notRanked === undefined ? {} : { notRanked: [...notRanked] }),
  }));
  return runJob(
    'cohortResults',
    { set: cohort.set, versionId: cohort.versionId, assessments },
    context.signal,
  );
}
