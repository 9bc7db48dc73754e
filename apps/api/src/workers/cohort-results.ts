import { type CohortAssessment, type CohortRows, cohortResultRows } from '@chiso/db/results';
import type { CriteriaSet } from '@chiso/scoring';
import { answering } from './answer.ts';

export interface CohortResultsInput {
  set: CriteriaSet;
  versionId: string;
  assessments: CohortAssessment[];
}

/**
 * A cohort scored with the reviewers' points and ranked into the rows publication writes (a worker
 * job; `@chiso/db/results` is the scoring alone, without a database client).
 */
export const run = answering((cohort: CohortResultsInput): CohortRows => cohortResultRows(cohort));
